module.exports = {
  displayName: 'validation',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/validation',
};
