/** Version and build stamp, injected by Vite at build time. */
declare const __APP_VERSION__: string;
