module.exports = {
  displayName: 'io',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/io',
};
