/** Types for scripts/chromium-flags.js (CommonJS so that scripts/make-icons.mjs can load it too). */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
