import type { Command } from 'commander';

export function registerEval(_program: Command, _setCode: (c: number) => void): void {}
