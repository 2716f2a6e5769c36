/** Types for scripts/security-headers.js (CommonJS so that webpack.config.js can load it). */
export type Page = "taskpane" | "playground" | "support";
export declare const OFFICE_JS: string;
export declare const CONTENT_TYPES: Record<string, string>;
export declare function contentSecurityPolicy(page: Page, options?: { dev?: boolean }): string;
export declare function pageFor(pathname: string): Page;
export declare function cacheControl(pathname: string): string;
export declare function headersFor(pathname: string, options?: { dev?: boolean }): Record<string, string>;
