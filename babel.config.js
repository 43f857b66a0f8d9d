// Babel for the Taro builds (miniapp/ only; jest uses @swc/jest). Options: https://docs.taro.zone/docs/babel-config
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // No React fast refresh in dev builds: it would need react-refresh and
        // @pmmmwh/react-refresh-webpack-plugin, which the project does not install.
        hot: false,
      },
    ],
  ],
  plugins: [
    [
      'import',
      {
        // `import { Button } from '@nutui/nutui-react-taro'` → the component's own module and its CSS only.
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/es/packages',
        style: 'css',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
};
