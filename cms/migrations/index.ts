import * as migration_20261124_153006_initial from './20261124_153006_initial';

export const migrations = [
  {
    up: migration_20261124_153006_initial.up,
    down: migration_20261124_153006_initial.down,
    name: '20261124_153006_initial'
  },
];
