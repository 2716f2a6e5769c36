/** Types for scripts/manifest-host.js (CommonJS so that webpack.config.js can load it). */
export declare const DEV_BASE: string;
export declare class HostError extends Error {}
export declare function normaliseHost(raw: string): string;
export declare function officeVersion(packageVersion: string): string;
export declare function productionManifest(xml: string, options: { host: string; version: string }): string;
export declare function developmentManifest(xml: string, options: { version: string }): string;
