module.exports = {
  displayName: 'pairing',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/pairing',
};
