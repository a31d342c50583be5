import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MenuCommand } from '../../src-main/ipc-contract';

const ROUTES: Record<MenuCommand, string> = {
  'go-home': '/',
  'show-welcome': '/?welcome=1',
  'new-backup': '/exports?action=backup',
  'restore-backup': '/exports?action=restore',
  'export-plan-pdf': '/exports?action=plan-pdf',
  'open-rollup': '/lea/rollup',
};

/** Carries out the application menu's commands by taking the head to the right place. */
export function MenuCommands() {
  const navigate = useNavigate();
  useEffect(() => window.api?.onMenuCommand((command) => navigate(ROUTES[command])), [navigate]);
  return null;
}
