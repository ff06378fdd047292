// webpack: builds the Word/Excel task pane and the ribbon's function file into dist/, and serves them on https://localhost:3000.
//
//   npm run build                       production build, office.js from Microsoft's CDN (the supported way)
//   ADDIN_URL=https://addins.example.se/avtalskoll/ npm run build
//                                       same, with the manifest's https://localhost:3000/ URLs rewritten to ADDIN_URL
//   npm run build:local-officejs        (= --env officejs=local) serves office.js and the files it loads from dist/officejs/
//   npx webpack --mode production --env outdir=build/e2e
//                                       builds somewhere other than dist/ (e.g. for tests that need another variant)
//   npm start                           dev server on https://localhost:3000 (certificates from ~/.office-addin-dev-certs)
//   npm start -- --env http             dev server on plain http://localhost:3000 (no certificates; not for Office)
//
// The task pane's Content-Security-Policy lives in src/taskpane/taskpane.html; this file only fills in where office.js
// comes from. Certificates are only looked at for `webpack serve`, never for a build.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");
// webpack's own minimizer (a dependency of webpack), resolved from webpack's folder so a hoisting change cannot break it.
const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }));

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Checks and normalises ADDIN_URL: https only, always ending in "/". Throws with a one-line reason. */
function normaliseAddinUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https:// (Office loads add-ins only over https): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every dev-server URL in the manifest to the production base URL. */
function rewriteManifest(xml, addinUrl) {
  return addinUrl === DEV_URL ? xml : xml.split(DEV_URL).join(addinUrl);
}

/**
 * The files office.js fetches from its own folder once it runs inside Office: the host file for the host, platform and
 * version (word-win32-16.01.js, excel-web-16.00.js, ...; Word and Excel only), the locale strings (with en-us as its
 * fallback), o15apptofilemappingtable.js (without it Office.onReady never resolves), the telemetry sinks it tries
 * to load, and the trust prompt page it frames on Office on the web (requested as "AgaveErrorUX/…").
 */
function localOfficeJsPatterns() {
  const minimized = { minimized: true }; // keep Microsoft's files byte for byte (copy-webpack-plugin would re-minify them)
  // Globs keep their folders (en-us/office_strings.js); a plain file name is copied into `to` as it is.
  const from = (glob, to = "officejs/") => ({ from: glob, context: OFFICE_JS_DIST, to, info: minimized, globOptions: { ignore: ["**/*.debug.js"] } });
  const errorUx = { agaveerrorux: "AgaveErrorUX", "agaveerrorux.js": "AgaveErrorUX.js", "agaveerrorux.css": "AgaveErrorUX.css" };
  return [
    from("office.js"),
    from("o15apptofilemappingtable.js"),
    from("word*.js"),
    from("excel*.js"),
    from("*/office_strings.js"),
    from("telemetry/oteljs_agave.js", "officejs/telemetry/"),
    from("ariatelemetry/aria-web-telemetry.js", "officejs/ariatelemetry/"),
    {
      from: "agaveerrorux/**",
      context: OFFICE_JS_DIST,
      info: minimized,
      to: ({ absoluteFilename }) =>
        path.join("officejs", ...path.relative(OFFICE_JS_DIST, absoluteFilename).split(path.sep).map((part) => errorUx[part] ?? part)),
    },
  ];
}

/** https options for the dev server: office-addin-dev-certs first, then the files it leaves in ~/.office-addin-dev-certs. */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // On Linux the CA install needs sudo and fails (the certificates are still written); read them directly.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      console.warn(`office-addin-dev-certs: ${String(error?.message ?? error).split("\n")[0]} — using the certificates in ${dir} (browsers will not trust them until the CA is installed: npm run certs)`);
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    return null;
  }
}

/** Writes build-stats.json: which files each page loads first, and which lazy chunks exist and what they hold. */
class BuildStatsPlugin {
  constructor(info) {
    this.info = info;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BuildStatsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BuildStatsPlugin", stage: compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        // File names only: sizes are measured on the emitted files (test/packaging, scripts/bench.js).
        const entries = {};
        for (const [name, entry] of compilation.entrypoints) entries[name] = entry.getFiles().filter((f) => !f.endsWith(".map"));
        // Lazy: chunk groups behind import() and Web Worker entries; files the page already loaded at start are left out.
        const initial = new Set(Object.values(entries).flat());
        const workers = new Set(compilation.asyncEntrypoints);
        const rel = (m) => (m?.resource ? path.relative(compiler.context, m.resource).split(path.sep).join("/") : undefined);
        const lazy = [];
        for (const group of new Set([...compilation.chunkGroups, ...workers])) {
          if (group.isInitial() && !workers.has(group)) continue;
          // What the chunk holds: a worker's entry module, or the requests of the import() calls that load it.
          const origins = workers.has(group)
            ? group.chunks.flatMap((c) => [...compilation.chunkGraph.getChunkEntryModulesIterable(c)].map(rel)).filter(Boolean)
            : [...new Set(group.origins.map((o) => o.request).filter(Boolean))];
          const files = [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => !f.endsWith(".map") && !initial.has(f));
          lazy.push({ kind: workers.has(group) ? "worker" : "import", origins, files });
        }
        const stats = { ...this.info, entries, lazy };
        compilation.emitAsset("build-stats.json", new compiler.webpack.sources.RawSource(`${JSON.stringify(stats, null, 2)}\n`));
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  const officejs = env.officejs === "local" ? "local" : "cdn";
  if (env.officejs && !["local", "cdn"].includes(env.officejs)) throw new Error(`--env officejs=${env.officejs}: use "local" or "cdn"`);
  // The dev server always serves the manifest with its own URLs, whatever ADDIN_URL the shell has.
  const addinUrl = serve ? DEV_URL : normaliseAddinUrl(process.env.ADDIN_URL);
  const outDir = path.resolve(__dirname, typeof env.outdir === "string" ? env.outdir : "dist");
  // output.clean empties the folder: never let --env outdir point at the project or a folder above it.
  if (!path.relative(outDir, __dirname).startsWith("..") && outDir !== path.join(__dirname, "dist")) {
    throw new Error(`--env outdir=${env.outdir}: refusing to build into (and clean) a folder that contains the project`);
  }
  const officeJsSrc = officejs === "local" ? "officejs/office.js" : CDN_OFFICE_JS;
  // Only the origin office.js comes from may run scripts or be framed (its trust prompt on Office on the web).
  const officeOrigin = officejs === "local" ? "" : ` ${CDN_ORIGIN}`;
  const templateParameters = { officeJsSrc, cspScriptSrc: `'self'${officeOrigin}`, cspFrameSrc: officejs === "local" ? "'self'" : CDN_ORIGIN };
  const hashed = (ext) => (dev ? `[name]${ext}` : `[name].[contenthash:12]${ext}`);

  let server;
  if (serve) {
    if (env.http) server = { type: "http" };
    else {
      const options = await devServerHttps();
      if (!options) {
        console.error(`No development certificates in ${path.join(os.homedir(), ".office-addin-dev-certs")}: run "npm run certs" (needs sudo on Linux), or "npm start -- --env http" for plain http.`);
        process.exit(1);
      }
      server = { type: "https", options };
    }
  }

  return {
    mode,
    context: __dirname,
    target: "browserslist",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outDir,
      filename: hashed(".js"),
      chunkFilename: hashed(".js"),
      assetModuleFilename: `assets/${hashed("[ext]")}`,
      publicPath: "auto",
      clean: true,
    },
    // No eval-based source maps: the task pane's CSP has no 'unsafe-eval'. Production ships none (no paths leak).
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: dev } },
              },
              env: { targets: pkg.browserslist },
              sourceMaps: dev,
            },
          },
        },
        { test: /\.(png|svg|jpe?g|gif)$/i, type: "asset/resource" },
      ],
    },
    optimization: {
      // React, Fluent and the engine load with the page; anything behind import() (exceljs, docx) becomes its own chunk.
      splitChunks: { chunks: "all" },
      // swc minifies as small as terser here (ecosystem notes §4) and several times faster on exceljs/docx.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, extractComments: true })],
    },
    // The ≤ 300 KB gzip budget for the first load is checked by test/packaging and `npm run bench`, not by webpack's raw-size hint.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        inject: "head",
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        inject: "head",
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/commands/support.html",
        chunks: [],
        templateParameters,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString("utf8"), addinUrl) },
          ...(officejs === "local" ? localOfficeJsPatterns() : []),
        ],
      }),
      new BuildStatsPlugin({ mode, officejs, addinUrl, browserslist: pkg.browserslist }),
    ],
    devServer: serve
      ? {
          port: PORT,
          host: "localhost",
          server,
          hot: false,
          liveReload: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          client: { overlay: { errors: true, warnings: false } },
          static: false,
        }
      : undefined,
    stats: "errors-warnings",
  };
};

module.exports.normaliseAddinUrl = normaliseAddinUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
