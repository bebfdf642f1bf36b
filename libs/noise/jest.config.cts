module.exports = {
  displayName: 'noise',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/noise',
};
