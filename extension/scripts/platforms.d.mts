// Types for platforms.mjs (plain JS so the build scripts run under Node without a compile step).
export type Format = 'elf' | 'pe' | 'macho' | 'unknown';
export type Arch = 'x64' | 'arm64' | 'ia32' | 'arm' | 'universal' | 'unknown';
export interface TargetEntry {
  triple: string;
  format: Exclude<Format, 'unknown'>;
  arch: 'x64' | 'arm64';
}
export declare const targets: Record<string, TargetEntry>;
export declare const targetNames: string[];
export declare function platformPackage(target: string): TargetEntry & { name: string; binary: string };
export declare function hostTarget(platform?: string, arch?: string): string | undefined;
export declare function binaryKind(bytes: Uint8Array): { format: Format; arch: Arch };
export declare const dictionaryFiles: string[];
export declare function vsixProblems(entries: Map<string, Uint8Array>, target: string): string[];
