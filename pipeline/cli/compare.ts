import type { Command } from 'commander';

export function registerCompare(_program: Command, _setCode: (c: number) => void): void {}
