/**
 * The one wrapper around google.script.run in the browser: callServer('name', ...args) returns
 * a promise of exactly what the server function returns, typed from the server module itself
 * (src/appsscript/client-api.ts). A failed transport (the network, a killed execution) rejects.
 */
import type * as ClientApi from '../src/appsscript/client-api';

export type ServerApi = typeof ClientApi;
export type ServerFunction = keyof ServerApi;

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
}
declare const google: { script: { run: Runner; host: { close(): void } } };

export function callServer<K extends ServerFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...a: Parameters<ServerApi[K]>) => void>;
    runner[name](...args);
  });
}

/** Closes the dialog or sidebar the page is shown in. */
export function closeHost(): void {
  google.script.host.close();
}
