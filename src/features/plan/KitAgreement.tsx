import { KitSheet, Paragraphs, type KitGroup } from './KitSheet';

/** The group's ground rules and confidentiality agreement, as the group has them. */
export function AgreementSheet({ id, group }: { id: string; group: KitGroup }) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="Ground rules and confidentiality agreement"
      note="Read together at the first workshop. The group can change them together at any time."
      class="kit-agreement"
    >
      <h3>Ground rules</h3>
      <Paragraphs text={group.groundRules || 'The group has not written its ground rules yet.'} />
      <h3>Confidentiality</h3>
      <Paragraphs text={group.confidentiality || 'The group has not written its agreement yet.'} />
    </KitSheet>
  );
}

/** Lines to sign and date: each member's name printed, then blank lines for anyone new. */
export function SignaturesSheet({
  id,
  group,
  names,
}: {
  id: string;
  group: KitGroup;
  names: readonly string[];
}) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="We agree"
      note={`We have read the ground rules and the confidentiality agreement${group.groupName ? ` of ${group.groupName}` : ''}, and we agree to keep to them.`}
      class="kit-signatures"
    >
      <table class="kit-table kit-sign-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Signature</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name, index) => (
            <tr key={index}>
              <td>{name}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </KitSheet>
  );
}
