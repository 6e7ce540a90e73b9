export declare const PAGE_CSP: string;
export declare const WORKER_CSP: string;
export declare const SECURITY_HEADERS: Record<string, string>;
