/// <reference types="vite/client" />

/** Version and build stamp, shown in Settings so support can tell builds apart. */
declare const __APP_VERSION__: string;
