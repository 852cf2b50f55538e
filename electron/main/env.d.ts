// electron-vite's import suffixes for the main process (`?modulePath` for the import worker).
/// <reference types="electron-vite/node" />
