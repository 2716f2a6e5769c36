import { ChoiceGroup, DefaultButton, Dropdown, Text } from "@fluentui/react";
import type { OrganisationType } from "../core/checks/types";
import type { Jurisdiction } from "../core/report";
import { MATRIX_IDS } from "../core/vocabulary/risk-matrices";
import { HIGHLIGHT_COLOURS, type DocumentSettings } from "../core/settings";
import { CustomMatrixEditor } from "./custom-matrix-editor";
import { MATRIX_LABELS } from "./labels";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

export interface SettingsScreenProps {
  settings: DocumentSettings;
  busy: string | null;
  actions: PaneActions;
}

const NOT_SET = "auto";

/** Settings kept in the document itself, so they travel with the file. */
export function SettingsScreen({ settings, busy, actions }: SettingsScreenProps): JSX.Element {
  const disabled = busy !== null;
  return (
    <>
      <Text block className={classes.small}>
        These settings are saved in the document, so they travel with the file.
      </Text>
      <Dropdown
        label="Risk matrix"
        options={MATRIX_IDS.map((id) => ({
          key: id,
          text: MATRIX_LABELS[id] ?? id,
          disabled: id === "custom" && !settings.customMatrix,
        }))}
        selectedKey={settings.matrix}
        disabled={disabled}
        onChange={(_e, o) => o && void actions.updateSettings({ matrix: String(o.key) })}
      />
      <CustomMatrixEditor
        current={settings.customMatrix}
        busy={disabled}
        onSave={(customMatrix) => void actions.updateSettings({ customMatrix, matrix: "custom" })}
      />
      <Dropdown
        label="Highlight colour of review marks"
        options={HIGHLIGHT_COLOURS.map((c) => ({ key: c.value, text: c.label }))}
        selectedKey={settings.highlightColor ?? HIGHLIGHT_COLOURS[0].value}
        disabled={disabled}
        onChange={(_e, o) => o && void actions.updateSettings({ highlightColor: String(o.key) })}
      />
      <ChoiceGroup
        label="Organisation type"
        disabled={disabled}
        selectedKey={settings.organisation ?? NOT_SET}
        options={[
          { key: NOT_SET, text: "Decide from the document's own words" },
          { key: "public-authority", text: "Public authority (council, police, NHS, school…)" },
          { key: "private", text: "Private company or charity" },
        ]}
        onChange={(_e, o) =>
          o &&
          void actions.updateSettings({
            organisation: o.key === NOT_SET ? undefined : (o.key as OrganisationType),
          })
        }
      />
      <ChoiceGroup
        label="Law that applies"
        disabled={disabled}
        selectedKey={settings.law ?? NOT_SET}
        options={[
          { key: NOT_SET, text: "Decide from the document's own words" },
          { key: "uk-gdpr", text: "UK GDPR and the Data Protection Act 2018 (ICO)" },
          { key: "eu-gdpr", text: "EU GDPR (EDPB)" },
          { key: "us", text: "US privacy law (no GDPR article checks)" },
          { key: "unknown", text: "Other law (no GDPR article checks)" },
        ]}
        onChange={(_e, o) =>
          o && void actions.updateSettings({ law: o.key === NOT_SET ? undefined : (o.key as Jurisdiction) })
        }
      />
      <section aria-labelledby="settings-ignored">
        <Text as="h2" id="settings-ignored" className={classes.sectionHeading} block>
          Ignored gaps ({settings.ignored.length})
        </Text>
        {settings.ignored.length === 0 ? (
          <Text block>None. Use “Ignore” on a gap to hide it from the list and from review marks.</Text>
        ) : (
          <ul className={classes.list}>
            {settings.ignored.map((item) => (
              <li key={item.id} className={classes.row}>
                <Text>
                  <code>{item.id}</code>
                  {item.reason ? ` — ${item.reason}` : " — no reason given"}
                </Text>
                <DefaultButton
                  text="Un-ignore"
                  ariaLabel={`Un-ignore ${item.id}`}
                  disabled={disabled}
                  onClick={() => void actions.unignore(item.id)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Text block className={classes.small}>
        Last review by DPIA Assist: {settings.lastReviewed ?? "not yet"}
      </Text>
    </>
  );
}
