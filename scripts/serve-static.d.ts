/** Types for scripts/serve-static.js. */
export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}
export declare function startStaticServer(options: {
  root: string;
  base?: string;
  port?: number;
  bind?: string;
  tls?: { key: Buffer | string; cert: Buffer | string };
}): Promise<StaticServer>;
export declare function tlsFiles(options: {
  cert?: string;
  key?: string;
  dir?: string;
}): Promise<{ key: Buffer; cert: Buffer }>;
