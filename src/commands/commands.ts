// Function file for the ribbon: the Avtalskoll button is a ShowTaskpane action, so there are no function commands to register.
// Office still loads this page (the manifest's FunctionFile); it only has to initialise office.js and must never throw.
const office = (globalThis as { Office?: typeof Office }).Office;
if (office?.onReady) {
  void office.onReady().catch(() => undefined);
}

export {};
