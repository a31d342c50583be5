import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatDate } from '../../../core/dates';
import type { FocusGroup, Meeting, MeetingDecision, Person, School } from '../../../core/model';
import { db } from '../../../db';
import { deleteWithUndo, undoDelete } from '../../../db/records';
import { useToast } from '../../../ui/Toaster';
import { useSchools, useTriad } from '../../../shared/use-triad';
import { TriadPage, WithTriad } from '../TriadPage';
import { FocusGroupForm } from './FocusGroupForm';
import { MeetingForm } from './MeetingForm';

/** The route the plan area uses to turn a meeting's decision into a plan action, prefilled. */
export function decisionToActionRoute(meetingId: string, decisionId: string): string {
  const params = new URLSearchParams({ meetingId, decisionId });
  return `/plan/actions/new?${params.toString()}`;
}

function Decision({ meeting, decision, actionTitles }: { meeting: Meeting; decision: MeetingDecision; actionTitles: Map<string, string> }) {
  const navigate = useNavigate();
  return (
    <li>
      {decision.text}{' '}
      {decision.actionId ? (
        <span className="badge good">Became action: {actionTitles.get(decision.actionId) ?? 'an action since deleted'}</span>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => navigate(decisionToActionRoute(meeting.id, decision.id))}
          aria-label={`Make this a plan action: ${decision.text}`}
        >
          Make this a plan action
        </button>
      )}
    </li>
  );
}

interface GroupProps {
  group: FocusGroup;
  meetings: Meeting[];
  people: Person[];
  schools: School[];
  actionTitles: Map<string, string>;
  triadId: string;
}

function FocusGroupPanel({ group, meetings, people, schools, actionTitles, triadId }: GroupProps) {
  const [editing, setEditing] = useState(false);
  const [editingMeeting, setEditingMeeting] = useState<string | null>(null);
  const { notify } = useToast();
  const remove = async () => {
    const trashId = await deleteWithUndo(db, `Focus group ${group.name}`, [
      { table: 'focusGroups', ids: [group.id] },
      { table: 'meetings', ids: meetings.map((m) => m.id) },
    ]);
    notify(`${group.name} deleted.`, () => undoDelete(db, trashId));
  };
  if (editing) {
    return <FocusGroupForm triadId={triadId} existing={group} schools={schools} people={people} onDone={() => setEditing(false)} />;
  }
  const members = group.memberIds.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => Boolean(p));
  const schoolName = (id: string | null) => schools.find((s) => s.id === id)?.name ?? '';
  const headingId = `group-${group.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.name}</h3>
      {group.ownsCpd ? <span className="badge good">Owns CPD</span> : null}
      <p>
        <strong>Mandate:</strong> {group.mandate}
      </p>
      <p>
        <strong>Members:</strong>{' '}
        {members.length ? members.map((m) => `${m.name} (${schoolName(m.schoolId)})`).join('; ') : 'none yet'}
      </p>
      <div className="actions-row">
        <button type="button" className="secondary" onClick={() => setEditing(true)} aria-label={`Edit ${group.name}`}>
          Edit
        </button>
        <button type="button" className="danger" onClick={() => void remove()} aria-label={`Delete ${group.name}`}>
          Delete
        </button>
      </div>
      <h4>Meetings</h4>
      {meetings.length === 0 ? <p>No meetings recorded yet.</p> : null}
      {meetings.map((meeting) => editingMeeting === meeting.id ? (
        <MeetingForm key={meeting.id} focusGroupId={group.id} groupName={group.name} people={people} existing={meeting} onDone={() => setEditingMeeting(null)} />
      ) : (
        <article key={meeting.id} aria-label={`Meeting on ${formatDate(meeting.date)}`}>
          <h5>Meeting on {formatDate(meeting.date)}</h5>
          {meeting.attendeeIds?.length ? (
            <p>
              <strong>Attended:</strong> {meeting.attendeeIds.map((id) => people.find((p) => p.id === id)?.name ?? 'a former member').join(', ')}
            </p>
          ) : null}
          {meeting.notes ? <p>{meeting.notes}</p> : null}
          {meeting.decisions.length ? (
            <>
              <p>Decisions:</p>
              <ul className="decision-list">
                {meeting.decisions.map((d) => (
                  <Decision key={d.id} meeting={meeting} decision={d} actionTitles={actionTitles} />
                ))}
              </ul>
            </>
          ) : null}
          <div className="actions-row">
            <button type="button" className="secondary" onClick={() => setEditingMeeting(meeting.id)} aria-label={`Edit the meeting on ${formatDate(meeting.date)}`}>
              Edit
            </button>
            <button
              type="button"
              className="danger"
              aria-label={`Delete the meeting on ${formatDate(meeting.date)}`}
              onClick={async () => {
                const trashId = await deleteWithUndo(db, `Meeting on ${formatDate(meeting.date)}`, [{ table: 'meetings', ids: [meeting.id] }]);
                notify(`Meeting on ${formatDate(meeting.date)} deleted.`, () => undoDelete(db, trashId));
              }}
            >
              Delete
            </button>
          </div>
        </article>
      ))}
      <MeetingForm focusGroupId={group.id} groupName={group.name} people={people} />
    </section>
  );
}

function FocusGroupsContent({ triadId }: { triadId: string }) {
  const schools = useSchools(triadId);
  const [adding, setAdding] = useState(false);
  const data = useLiveQuery(async () => {
    const groups = await db.focusGroups.where('triadId').equals(triadId).sortBy('name');
    const meetings = await db.meetings.where('focusGroupId').anyOf(groups.map((g) => g.id)).sortBy('date');
    const people = await db.people.where('triadId').equals(triadId).sortBy('name');
    const actionIds = meetings.flatMap((m) => m.decisions.map((d) => d.actionId)).filter((id): id is string => Boolean(id));
    const actions = await db.actions.bulkGet(actionIds);
    const actionTitles = new Map(actions.filter((a) => a !== undefined).map((a) => [a.id, a.title]));
    return { groups, meetings, people, actionTitles };
  }, [triadId]);
  if (!schools || !data) return <p role="status">Loading…</p>;
  return (
    <>
      {data.groups.length === 0 ? <p>No focus groups yet.</p> : null}
      {data.groups.map((group) => (
        <FocusGroupPanel
          key={group.id}
          group={group}
          meetings={data.meetings.filter((m) => m.focusGroupId === group.id)}
          people={data.people}
          schools={schools}
          actionTitles={data.actionTitles}
          triadId={triadId}
        />
      ))}
      {adding ? (
        <FocusGroupForm triadId={triadId} existing={null} schools={schools} people={data.people} onDone={() => setAdding(false)} />
      ) : (
        <div className="actions-row">
          <button type="button" onClick={() => setAdding(true)}>
            Add a focus group
          </button>
        </div>
      )}
    </>
  );
}

export function FocusGroupsView() {
  const triad = useTriad();
  return (
    <TriadPage
      title="Focus groups"
      lede="Each focus group has a mandate to explore, manage and develop one aspect of the triad’s work; one owns CPD."
    >
      <WithTriad triad={triad}>{(t) => <FocusGroupsContent triadId={t.id} />}</WithTriad>
    </TriadPage>
  );
}
