import * as migration_20261124_153006_initial from './20261124_153006_initial';
import * as migration_20261124_172500_parent_lookup_indexes from './20261124_172500_parent_lookup_indexes';
import * as migration_20261124_185354_forms_and_rebuild from './20261124_185354_forms_and_rebuild';
import * as migration_20261206_054609_mail_outbox from './20261206_054609_mail_outbox';
import * as migration_20261206_060910_public_uploads from './20261206_060910_public_uploads';
import * as migration_20261206_095044_country_codes from './20261206_095044_country_codes';
import * as migration_20261206_125055_step6_for_its_users from './20261206_125055_step6_for_its_users';
import * as migration_20261206_154659_step7_matchmaking from './20261206_154659_step7_matchmaking';
import * as migration_20261206_155238_step7_registration_key from './20261206_155238_step7_registration_key';
import * as migration_20261206_173131_step8_interfaces from './20261206_173131_step8_interfaces';
import * as migration_20261206_203933_step9_instances from './20261206_203933_step9_instances';
import * as migration_20261207_004500_parent_lookup_indexes_again from './20261207_004500_parent_lookup_indexes_again';

export const migrations = [
  {
    up: migration_20261124_153006_initial.up,
    down: migration_20261124_153006_initial.down,
    name: '20261124_153006_initial',
  },
  {
    up: migration_20261124_172500_parent_lookup_indexes.up,
    down: migration_20261124_172500_parent_lookup_indexes.down,
    name: '20261124_172500_parent_lookup_indexes',
  },
  {
    up: migration_20261124_185354_forms_and_rebuild.up,
    down: migration_20261124_185354_forms_and_rebuild.down,
    name: '20261124_185354_forms_and_rebuild',
  },
  {
    up: migration_20261206_054609_mail_outbox.up,
    down: migration_20261206_054609_mail_outbox.down,
    name: '20261206_054609_mail_outbox',
  },
  {
    up: migration_20261206_060910_public_uploads.up,
    down: migration_20261206_060910_public_uploads.down,
    name: '20261206_060910_public_uploads',
  },
  {
    up: migration_20261206_095044_country_codes.up,
    down: migration_20261206_095044_country_codes.down,
    name: '20261206_095044_country_codes',
  },
  {
    up: migration_20261206_125055_step6_for_its_users.up,
    down: migration_20261206_125055_step6_for_its_users.down,
    name: '20261206_125055_step6_for_its_users',
  },
  {
    up: migration_20261206_154659_step7_matchmaking.up,
    down: migration_20261206_154659_step7_matchmaking.down,
    name: '20261206_154659_step7_matchmaking',
  },
  {
    up: migration_20261206_155238_step7_registration_key.up,
    down: migration_20261206_155238_step7_registration_key.down,
    name: '20261206_155238_step7_registration_key',
  },
  {
    up: migration_20261206_173131_step8_interfaces.up,
    down: migration_20261206_173131_step8_interfaces.down,
    name: '20261206_173131_step8_interfaces',
  },
  {
    up: migration_20261206_203933_step9_instances.up,
    down: migration_20261206_203933_step9_instances.down,
    name: '20261206_203933_step9_instances'
  },
  {
    up: migration_20261207_004500_parent_lookup_indexes_again.up,
    down: migration_20261207_004500_parent_lookup_indexes_again.down,
    name: '20261207_004500_parent_lookup_indexes_again',
  },
];
