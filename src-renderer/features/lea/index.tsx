import { NavLink, Route, Routes } from 'react-router-dom';
import { RollupView } from './rollup/RollupView';
import { DirectoryView } from './directory/DirectoryView';
import { ForumView } from './forum/ForumView';
import { NewsletterView } from './newsletter/NewsletterView';
import { AuditView } from './audit/AuditView';
import './lea.css';

const SECTIONS = [
  { to: '/lea', label: 'Directory of networks', end: true },
  { to: '/lea/forum', label: 'Co-leaders forum', end: false },
  { to: '/lea/newsletter', label: 'Newsletter', end: false },
  { to: '/lea/audit', label: 'Audit', end: false },
  { to: '/lea/rollup', label: 'Triads roll-up', end: false },
];

/**
 * The LEA network adviser's workspace: its own area, out of the co-ordinating head's way. What is
 * kept here (the directory, forum, newsletters, audit) is the adviser's, not any triad's.
 */
export default function LeaArea() {
  return (
    <>
      <nav className="lea-tabs" aria-label="LEA adviser sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<DirectoryView />} />
        <Route path="forum" element={<ForumView />} />
        <Route path="newsletter" element={<NewsletterView />} />
        <Route path="audit" element={<AuditView />} />
        <Route path="rollup" element={<RollupView />} />
        <Route path="*" element={<DirectoryView />} />
      </Routes>
    </>
  );
}
