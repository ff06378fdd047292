// Review inputs and overrides are saved in the document's settings and restored when it is reopened.
import { EMPTY_STATE } from "../../../src/analysis/review-state";
import { officeSettingsStorage, SETTINGS_KEY } from "../../../src/hosts/state-storage";

function installOffice(store: Map<string, unknown>, fail = false) {
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        settings: {
          get: (k: string) => store.get(k),
          set: (k: string, v: unknown) => store.set(k, v),
          saveAsync: (cb: (r: { status: string; error?: unknown }) => void) => cb(fail ? { status: "failed", error: { code: "SettingsStaleError" } } : { status: "succeeded" }),
        },
      },
    },
  };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Office);

test("state saved in one session is restored in the next (same document)", async () => {
  const documentSettings = new Map<string, unknown>();
  installOffice(documentSettings);
  const state = { version: 1 as const, inputs: { ...EMPTY_STATE.inputs, secretData: true }, overrides: [{ id: "confidentiality/survival" as const, status: "met" as const, justification: "Bilaga 2 punkt 4." }] };
  await officeSettingsStorage().save(state);
  expect(typeof documentSettings.get(SETTINGS_KEY)).toBe("string");
  installOffice(documentSettings);
  expect(await officeSettingsStorage().load()).toEqual(state);
});

test("a document without our settings starts from the defaults", async () => {
  installOffice(new Map());
  expect(await officeSettingsStorage().load()).toEqual(EMPTY_STATE);
});

test("a failed save is reported, not swallowed", async () => {
  installOffice(new Map(), true);
  await expect(officeSettingsStorage().save(EMPTY_STATE)).rejects.toMatchObject({ code: "SettingsStaleError" });
});
