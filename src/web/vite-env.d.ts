/// <reference types="vite/client" />
// Vite's types let TypeScript accept the CSS and asset imports that Vite bundles.
