import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: `npm run build` writes it to dist/web, which the server serves at `/` (with SPA
 * fallback). In development the Vite server proxies the API to the app server on port 3000
 * (override with WENDBAAR_API_URL).
 */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached between releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/ },
            // Components shared by several areas (issue 17): one chunk instead of a handful of 1 kB
            // ones, which the browser would fetch one connection each when an area opens.
            { name: 'gedeeld', test: /src[\\/]web[\\/]components[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.WENDBAAR_API_URL ?? 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.WENDBAAR_API_URL ?? 'http://localhost:3000', changeOrigin: true },
    },
  },
});
