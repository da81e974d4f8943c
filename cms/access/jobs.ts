import type { PayloadRequest } from 'payload'

import { isStaffUser } from './roles'

/** Who may queue, run or cancel jobs through Payload's job endpoints: cluster staff. */
export const staffRequest = ({ req }: { req: PayloadRequest }) => isStaffUser(req.user)
