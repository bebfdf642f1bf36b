module.exports = {
  displayName: 'entities',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/entities',
};
