import * as migration_20261124_152537_initial from './20261124_152537_initial';

export const migrations = [
  {
    up: migration_20261124_152537_initial.up,
    down: migration_20261124_152537_initial.down,
    name: '20261124_152537_initial'
  },
];
