import { runSubgraphMain } from "@jinjibu/federation";
import { subgraph } from "./index";

runSubgraphMain(subgraph);
