import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSOCIATED_EXTENSIONS } from './services/file-associations';

// Packaging cannot run here (it downloads Electron), so the configuration is checked as
// electron-builder itself would: parsed with its YAML reader, validated against its own schema.
const root = fileURLToPath(new URL('..', import.meta.url));
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const Ajv = fromBuilder('ajv') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };

type Config = Record<string, unknown> & {
  files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  appImage: { executableArgs: string[] };
  fileAssociations: { ext: string }[];
};
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Config;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', () => {
    const schema = JSON.parse(readFileSync(fromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('packages only what the app loads: the bundles and package.json, no node_modules', () => {
    expect(config.files).toEqual(['dist/main/**', 'dist/renderer/**', 'assets/icons/**', 'package.json', '!**/*.map']);
    // electron-builder copies every production dependency; everything is bundled, so there are none.
    expect(packageJson.dependencies).toBeUndefined();
    expect(packageJson.main).toBe('dist/main/main.cjs');
  });

  it('re-signs unsigned macOS builds ad hoc after flipping the fuses, so they launch on Apple Silicon', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, resetAdHocDarwinSignature: true });
  });

  it('builds the deb first, and leaves the AppImage sandbox to electron-builder’s launcher', () => {
    expect(config.linux.target[0]).toBe('deb');
    expect(config.appImage.executableArgs).toEqual([]);
  });

  it('registers the file types the app offers to open', () => {
    expect(config.fileAssociations.map((a) => a.ext).sort()).toEqual(Object.keys(ASSOCIATED_EXTENSIONS).sort());
  });

  it('says which Node packaging needs', () => {
    expect(packageJson.engines).toEqual({ node: '>=22.12.0' });
  });
});
