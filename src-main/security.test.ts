import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isTrustedSender } from './security';
import { isPrintRoute } from './services/pdf-options';
import { safeFileName } from './services/data-folder';
import { secureWebPreferences } from './web-preferences';

describe('security rules', () => {
  it('allows navigation only within the app origin', () => {
    expect(isAppUrl('app://triad-planner/index.html#/plan')).toBe(true);
    expect(isAppUrl('https://triad-planner/')).toBe(false);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts only the app’s main frame', () => {
    expect(isTrustedSender({ url: 'app://triad-planner/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://triad-planner/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:4173/', isMainFrame: true })).toBe(false);
    // Custom schemes all have the origin "null"; a different scheme or host must still be refused.
    expect(isTrustedSender({ url: 'evil://triad-planner/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/', isMainFrame: true })).toBe(false);
  });

  it('has a CSP with no inline or remote script and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('accepts only print routes for PDFs', () => {
    expect(isPrintRoute('/print/plan?year=2003&sections=cover,actions')).toBe(true);
    expect(isPrintRoute('/plan')).toBe(false);
    expect(isPrintRoute('/print/plan?x=<script>')).toBe(false);
    expect(isPrintRoute('javascript:alert(1)')).toBe(false);
  });

  it('gives every window a sandboxed, isolated renderer with no Node and no <webview>', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('makes safe file names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('CON')).toBe('file');
    expect(safeFileName('Observation – Year 5.pdf')).toBe('Observation – Year 5.pdf');
  });
});
