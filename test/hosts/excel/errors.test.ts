// Tests how Excel failures become messages and how requirement sets are detected, including when Office is absent.
import { ALL_CAPABILITIES, detectCapabilities, NO_CAPABILITIES, requirementSetOf } from "../../../src/hosts/excel/capabilities";
import { describeExcelError, ExcelHostError, officeErrorCode } from "../../../src/hosts/excel/errors";
import { FakeOfficeError } from "./fake-excel";

describe("describeExcelError", () => {
  test.each([
    ["InvalidArgument", /krockar/u],
    ["ItemNotFound", /finns inte längre/u],
    ["AccessDenied", /skyddat/u],
    ["NotImplemented", /stöder inte/u],
    ["ApiNotFound", /stöder inte/u],
    ["GeneralException", /kunde inte slutföra/u],
    ["InvalidOperationInCellEditMode", /redigerar en cell/u],
    ["RequestPayloadSizeLimitExceeded", /för stort/u],
    ["SomethingNew", /kunde inte slutföra/u],
  ])("%s → a Swedish sentence, code kept", (code, message) => {
    const failure = describeExcelError(new FakeOfficeError(code, "Long internal text\n    at foo (bar.js:1:2)"), "sv");
    expect(failure.code).toBe(code);
    expect(failure.message).toMatch(message);
    expect(failure.message).not.toMatch(/internal|bar\.js|\n/u);
  });

  test("plain exceptions and non-errors never leak their message or stack", () => {
    const failure = describeExcelError(new TypeError("x is undefined at line 3"), "en");
    expect(failure).toEqual({ code: "GeneralException", message: expect.stringMatching(/^Excel could not complete/u) as unknown as string });
    expect(describeExcelError("boom", "en").code).toBe("GeneralException");
    expect(describeExcelError(null, "en").code).toBe("GeneralException");
  });

  test("outside Excel (Excel is not defined) says Excel is needed", () => {
    expect(describeExcelError(new ReferenceError("Excel is not defined"), "en").code).toBe("NotExcel");
  });

  test("the add-in's own codes have messages in both languages", () => {
    for (const code of ["NoText", "TooManyRows"]) {
      expect(describeExcelError(new ExcelHostError(code), "sv").message).not.toBe(describeExcelError(new ExcelHostError(code), "en").message);
    }
    expect(officeErrorCode({ code: "bad code with spaces" })).toBeUndefined();
  });
});

describe("detectCapabilities", () => {
  const original = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = original;
  });

  test("no Office, no context, or no requirements: nothing supported, no crash", () => {
    delete (globalThis as { Office?: unknown }).Office;
    expect(detectCapabilities()).toEqual(NO_CAPABILITIES);
    (globalThis as { Office?: unknown }).Office = {};
    expect(detectCapabilities()).toEqual(NO_CAPABILITIES);
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(detectCapabilities()).toEqual(NO_CAPABILITIES);
  });

  test("reads Office.context.requirements by version", () => {
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= 8 } } };
    expect(detectCapabilities()).toEqual({ ...ALL_CAPABILITIES, tableResize: false });
  });

  test("a throwing isSetSupported counts as unsupported", () => {
    expect(detectCapabilities({ isSetSupported: () => { throw new Error("old host"); } })).toEqual(NO_CAPABILITIES);
    expect(requirementSetOf("dataValidation")).toBe("ExcelApi 1.8");
  });
});
