import { defineConfig } from "vite";

// The gateway serves the build at /workspace/ (gateway/src/workspace.ts); nothing is loaded from the internet at run time.
export default defineConfig({
  base: "/workspace/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // react-router marks its modules "use client" (a server-components hint); a client-only bundle can drop it.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
