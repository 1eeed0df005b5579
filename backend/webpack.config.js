const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Node modules stay external (NxAppWebpackPlugin's default): better-sqlite3 and mysql2 are native or loaded
// by TypeORM at run time, and bundling them breaks. Only our own code is bundled, so entities and migrations
// are imported explicitly rather than found by glob.
module.exports = {
  output: { path: join(__dirname, '../dist/backend'), clean: true },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
