/** The staff's completeness list, under the admin route (/admin), and one member's details. */
export const completenessPath = '/completeness'
export const memberCompletenessPath = (member: number | string) => `${completenessPath}/${member}`
