export declare const BOOT_SCRIPT: string;
export declare const BOOT_SCRIPT_SOURCE: string;
