module.exports = {
  displayName: 'features',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/features',
};
