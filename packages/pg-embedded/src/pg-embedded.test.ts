import { EventEmitter } from "node:events";
import { createServer } from "node:net";
import { assertPortFree, ClusterError, freePort, stopPostmaster } from "./index";

describe("ports", () => {
  it("freePort gives a port that can be listened on", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    await assertPortFree(port, "the gateway", "GATEWAY_PORT");
  });

  it("assertPortFree names the service and the variable that moves it when the port is taken", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as { port: number };
    try {
      const attempt = assertPortFree(port, "the talent subgraph", "SUBGRAPH_TALENT_PORT");
      await expect(attempt).rejects.toBeInstanceOf(ClusterError);
      await expect(assertPortFree(port, "the talent subgraph", "SUBGRAPH_TALENT_PORT")).rejects.toThrow(
        `Port ${port} is already in use, and the talent subgraph needs it. Stop what holds it, or set SUBGRAPH_TALENT_PORT to another port.`,
      );
    } finally {
      holder.close();
    }
  });
});

/** A stand-in for the postmaster's ChildProcess: records signals, exits when told to. */
function fakePostmaster(options: { exited?: boolean; obeys: string[] }) {
  const child = Object.assign(new EventEmitter(), {
    exitCode: options.exited ? 0 : (null as number | null),
    signalCode: null as string | null,
    signals: [] as string[],
    kill(signal: string) {
      child.signals.push(signal);
      if (options.obeys.includes(signal)) {
        setImmediate(() => {
          child.signalCode = signal;
          child.emit("exit", null, signal);
        });
      }
      return true;
    },
  });
  return child;
}

describe("stopPostmaster", () => {
  it("returns at once when the server already exited (Ctrl-C reached it first) instead of waiting forever", async () => {
    const child = fakePostmaster({ exited: true, obeys: [] });
    const pg = { process: child as never, initialise: async () => undefined, start: async () => undefined, stop: async () => undefined };
    await stopPostmaster(pg, 5_000);
    expect(child.signals).toEqual([]);
    expect(pg.process).toBeUndefined();
  });

  it("asks for a fast shutdown, and kills a server that does not stop in time", async () => {
    const polite = fakePostmaster({ obeys: ["SIGINT"] });
    await stopPostmaster({ process: polite as never } as never, 5_000);
    expect(polite.signals).toEqual(["SIGINT"]);
    const stubborn = fakePostmaster({ obeys: ["SIGKILL"] });
    await stopPostmaster({ process: stubborn as never } as never, 20);
    expect(stubborn.signals).toEqual(["SIGINT", "SIGKILL"]);
  });
});
