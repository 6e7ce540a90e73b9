export interface EnginePrograms {
  webKitWebDriver: string | undefined;
  miniBrowser: string | undefined;
  xvfb: string | undefined;
  firefox: string | undefined;
}
export declare const ENGINE_PROGRAMS: Record<'webkit' | 'firefox', (keyof EnginePrograms)[]>;
export declare function findEnginePrograms(): EnginePrograms;
export declare function requireEngines(engines?: ('webkit' | 'firefox')[]): EnginePrograms;
export declare function ensureEngines(engines?: ('webkit' | 'firefox')[]): EnginePrograms;
