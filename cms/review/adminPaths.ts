/** Admin views of this feature, under the admin route (/admin). */
export const reviewQueuePath = '/review'
export const myCompanyPath = '/my-company'
