/** Generate a meeting's pack: the Board's (figures in full) or the members' (small numbers withheld). */
import { type Audience, GenerateButtons } from "./GenerateButtons.tsx";
import { PACK_AUDIENCE } from "./labels.ts";
import { PackLinks } from "./PacksTable.tsx";

const BUTTON: Record<Audience, string> = {
  board: "Generate the Board's pack",
  members: "Generate the members' pack",
};

export function GeneratePacks({
  meetingId,
  audiences,
}: {
  meetingId: number;
  audiences: Audience[];
}) {
  return (
    <GenerateButtons
      url={`/api/board/meetings/${meetingId}/packs`}
      audiences={audiences}
      text={{
        button: (audience) => BUTTON[audience],
        working: (audience) =>
          `Generating ${PACK_AUDIENCE[audience]?.label.replace(/^The/, "the") ?? "the pack"}… This takes a second or two.`,
        ready: (audience) => `${PACK_AUDIENCE[audience]?.label ?? "The pack"} is ready`,
        progressLabel: "Generating the pack",
      }}
      links={(made) => <PackLinks pack={made} />}
    />
  );
}
