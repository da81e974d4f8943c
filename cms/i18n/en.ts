/**
 * The CMS's words in English, in ICU MessageFormat (`{name}` fills in, `{n, plural, …}` and
 * `{kind, select, …}` choose): admin labels, option labels, validation and review messages, the
 * form endpoints' answers, mails and the rebuild panel. This file is the type: bg.ts and de.ts
 * must have exactly its keys, and tests/unit/i18n.cms.test.ts checks their placeholders.
 * Payload's own admin strings come from @payloadcms/translations.
 */
import { formErrorEntries } from '@shared/formErrors'

export const en = {
  // Admin: groups in the navigation, collections, globals and fields.
  'admin.group.directory': 'Directory',
  'admin.group.catalogue': 'Catalogue',
  'admin.group.inbox': 'Inbox',
  'admin.group.cluster': 'Cluster',
  'admin.group.files': 'Files',
  'admin.group.administration': 'Administration',
  'admin.group.matchmaking': 'Matchmaking',
  'admin.members.singular': 'Member',
  'admin.members.plural': 'Members',
  'admin.categories.singular': 'Category',
  'admin.categories.plural': 'Categories',
  'admin.products.singular': 'Product or service',
  'admin.products.plural': 'Products and services',
  'admin.applications.singular': 'Membership application',
  'admin.applications.plural': 'Membership applications',
  'admin.pages.singular': 'Page',
  'admin.pages.plural': 'Pages',
  'admin.inquiries.singular': 'Inquiry',
  'admin.inquiries.plural': 'Inquiries',
  'admin.cooperation.singular': 'Cooperation post',
  'admin.cooperation.plural': 'Cooperation board',
  'admin.documents.singular': 'Document (PDF)',
  'admin.documents.plural': 'Documents (PDF)',
  'admin.protocols.singular': 'Protocol or standard',
  'admin.protocols.plural': 'Protocols and standards',
  'admin.apiDescriptions.singular': 'API description',
  'admin.apiDescriptions.plural': 'API descriptions (OpenAPI, AsyncAPI)',
  'admin.media.singular': 'Image',
  'admin.media.plural': 'Images',
  'admin.partners.singular': 'Partner',
  'admin.partners.plural': 'Partners',
  'admin.users.singular': 'User',
  'admin.users.plural': 'Users',
  'admin.publications.singular': 'Publication',
  'admin.publications.plural': 'Publications',
  'admin.events.singular': 'Event',
  'admin.events.plural': 'Events',
  'admin.matchmaking.onlineUrl.description':
    "For an online session: the address of the meeting rooms; each table's room is this address with the table number appended (…/hits-b2b-3).",
  'admin.matchmaking.description':
    'B2B matchmaking at this event: participants register on the event page, request 1:1 meetings with each other and meet at tables in time slots.',
  'admin.meetings.singular': 'Meeting',
  'admin.meetings.plural': 'Meetings',
  'admin.participants.singular': 'Participant',
  'admin.participants.plural': 'Participants',
  'admin.settings.label': 'Settings',
  'admin.settings.membership.description':
    "Shown on the portal's membership page, per language: the fees by company size, what happens after an application, quotes from members and the frequently asked questions.",
  'admin.buildStatus.label': 'Site build',
  'admin.currentPassword.label': 'Current password',
  'admin.currentPassword.description': 'Needed only to change your email address or password.',

  // Field labels by field name (cms/i18n/fieldLabels.ts gives them to every field).
  'admin.label.about': 'Product or member',
  'admin.label.address': 'Address',
  'admin.label.alt': 'Alternative text',
  'admin.label.amount': 'Amount',
  'admin.label.answer': 'Answer',
  'admin.label.audience': 'Audience',
  'admin.label.authors': 'Authors',
  'admin.label.body': 'Text',
  'admin.label.brochure': 'Brochure',
  'admin.label.categories': 'Categories',
  'admin.label.certifications': 'Certifications',
  'admin.label.city': 'City',
  'admin.label.clusterName': 'Cluster name',
  'admin.label.company': 'Company',
  'admin.label.companyName': 'Company name',
  'admin.label.consent': 'Consent',
  'admin.label.contact': 'Contact',
  'admin.label.contactName': 'Contact person',
  'admin.label.cooperatingSince': 'Partner since',
  'admin.label.cooperation': 'Cooperation post',
  'admin.label.country': 'Country',
  'admin.label.countryName': 'Country name',
  'admin.label.cover': 'Cover',
  'admin.label.createdMember': 'Created member profile',
  'admin.label.createdUser': 'Created user',
  'admin.label.currency': 'Currency',
  'admin.label.date': 'Date',
  'admin.label.defaultShareImage': 'Default image for sharing',
  'admin.label.deployment': 'Deployment',
  'admin.label.description': 'Description',
  'admin.label.email': 'Email',
  'admin.label.employees': 'Number of employees',
  'admin.label.end': 'End',
  'admin.label.exportMarkets': 'Export markets',
  'admin.label.faq': 'Frequently asked questions',
  'admin.label.featured': 'Featured',
  'admin.label.fees': 'Membership fees',
  'admin.label.file': 'File',
  'admin.label.format': 'Format',
  'admin.label.founded': 'Year founded',
  'admin.label.image': 'Image',
  'admin.label.images': 'Images',
  'admin.label.industries': 'Industries',
  'admin.label.integrations': 'Integrations',
  'admin.label.internalNotes': 'Internal notes',
  'admin.label.kind': 'Type',
  'admin.label.languages': 'Languages',
  'admin.label.lat': 'Latitude',
  'admin.label.legalId': 'Legal ID',
  'admin.label.lng': 'Longitude',
  'admin.label.locale': 'Language',
  'admin.label.location': 'Location on the map',
  'admin.label.logo': 'Logo',
  'admin.label.member': 'Member company',
  'admin.label.membership': 'Membership',
  'admin.label.memberSince': 'Member since',
  'admin.label.message': 'Message',
  'admin.label.motivation': 'Motivation',
  'admin.label.name': 'Name',
  'admin.label.note': 'Note',
  'admin.label.notes': 'Notes',
  'admin.label.onlineUrl': 'Online address',
  'admin.label.onRequest': 'Price on request',
  'admin.label.organisers': 'Organisers',
  'admin.label.outcome': 'Outcome',
  'admin.label.owner': 'Owner',
  'admin.label.parent': 'Parent category',
  'admin.label.partners': 'Partners',
  'admin.label.phone': 'Phone',
  'admin.label.platform': 'Platform',
  'admin.label.price': 'Price indication',
  'admin.label.pricingModel': 'Pricing model',
  'admin.label.product': 'Product',
  'admin.label.public': 'Public',
  'admin.label.question': 'Question',
  'admin.label.quote': 'Quote',
  'admin.label.references': 'References',
  'admin.label.received': 'Received',
  'admin.label.recommendedBy': 'Recommended by',
  'admin.label.registrationDeadline': 'Registration deadline',
  'admin.label.registrationUrl': 'Registration link',
  'admin.label.role': 'Role',
  'admin.label.sector': 'Client sector',
  'admin.label.sectors': 'Sectors',
  'admin.label.sizeClass': 'Company size',
  'admin.label.slug': 'Slug',
  'admin.label.social': 'Social media',
  'admin.label.staffNotes': 'Staff notes',
  'admin.label.start': 'Start',
  'admin.label.status': 'Status',
  'admin.label.steps': 'Steps after applying',
  'admin.label.summary': 'Summary',
  'admin.label.supportedLanguages': 'Supported languages',
  'admin.label.tagline': 'Tagline',
  'admin.label.technologies': 'Technologies',
  'admin.label.testimonials': 'Testimonials',
  'admin.label.text': 'Text',
  'admin.label.timeZone': 'Time zone',
  'admin.label.timing': 'When',
  'admin.label.title': 'Title',
  'admin.label.type': 'Type',
  'admin.label.unit': 'Per',
  'admin.label.url': 'Address (URL)',
  'admin.label.usedByPublished': 'Used by a published page',
  'admin.label.validUntil': 'Valid until',
  'admin.label.venue': 'Venue',
  'admin.label.website': 'Website',
  'admin.label.family': 'Family',
  'admin.label.specification': 'Specification (URL)',
  'admin.label.specVersion': 'Specification version',
  'admin.label.protocol': 'Protocol or standard',
  'admin.label.version': 'Version',
  'admin.label.documentation': 'Public documentation (URL)',
  'admin.label.apiDescription': 'API description (OpenAPI 3.x or AsyncAPI)',
  'admin.label.interfaces': 'Interfaces',
  'admin.label.matchmaking': 'Matchmaking',
  'admin.label.enabled': 'Matchmaking at this event',
  'admin.label.registrationOpens': 'Registration opens',
  'admin.label.registrationCloses': 'Registration closes',
  'admin.label.bookingOpens': 'Meeting requests open',
  'admin.label.bookingCloses': 'Meeting requests close',
  'admin.label.scheduling': 'Scheduling',
  'admin.label.requireValidation': 'Staff validate each participant',
  'admin.label.matchmakingSessions': 'Sessions',
  'admin.label.meetingMinutes': 'Meeting length (minutes)',
  'admin.label.breakMinutes': 'Break between meetings (minutes)',
  'admin.label.tables': 'Tables',
  'admin.label.stats': 'Figures shown on the portal',
  'admin.label.participants': 'Participants',
  'admin.label.countries': 'Countries',
  'admin.label.meetings': 'Meetings held',
  'admin.label.countriesMet': 'Countries met',
  'admin.label.event': 'Event',
  'admin.label.organisation': 'Organisation',
  'admin.label.organisationKind': 'Kind of organisation',
  'admin.label.profile': 'Profile',
  'admin.label.offers': 'Offers',
  'admin.label.requests': 'Requests',
  'admin.label.products': 'Products',
  'admin.label.partner': 'Partner cluster',
  'admin.label.attends': 'Sessions attended (ids; empty: all)',
  'admin.label.emailConfirmedAt': 'Email confirmed',
  'admin.label.requester': 'Requested by',
  'admin.label.recipient': 'Requested of',
  'admin.label.session': 'Session',
  'admin.label.table': 'Table',

  // Descriptions under admin fields: admin.field.<field> for shared fields, else
  // admin.<collection or global>.<field>.
  'admin.field.slug.description':
    'The address of this page on the portal. Filled from the name when left empty.',
  'admin.field.country.description': 'ISO 3166-1 alpha-2, e.g. BG',
  'admin.field.price.description':
    'What a buyer pays at least, shown as "from €49 per user per month". Leave it empty to show no price, or tick "Price on request".',
  'admin.field.onRequest.description': 'Shows "Price on request" instead of an amount.',
  'admin.field.references.description':
    "Case studies: the client's sector and country and what the work achieved (no client name needed).",
  'admin.field.location.description':
    'Where the company is, for the map: decimal degrees (WGS 84).',
  'admin.field.owner.description': 'Set for uploads by member users.',
  'admin.field.public.description': 'Public even when no published page uses it. Staff only.',
  'admin.field.usedByPublished.description':
    'Set automatically while a published page uses this file.',
  'admin.members.contact.description':
    'Shown on the public profile; buyer inquiries go to this address.',
  'admin.members.featured.description': 'Shown on the home page.',
  'admin.members.internalNotes.description':
    'Staff only: never shown to the company or the public.',
  'admin.categories.parent.description': 'Empty for a top-level category.',
  'admin.products.member.description': 'The member company that offers it.',
  'admin.products.integrations.description':
    "Other members' products and services this one works with.",
  'admin.products.interfaces.description':
    'The protocols and standards this product offers (provides) or uses from other products (consumes). The portal connects products through them.',
  'admin.apiDescriptions.title.description':
    'Left empty, the title of the document (info.title) is used.',
  'admin.interfaces.singular': 'Interface',
  'admin.interfaces.rowLabel': '{role, select, consumes {Consumes {name}} other {Provides {name}}}',
  'admin.interfaces.rowLabelEmpty': 'Interface {n}',
  'admin.applications.legalId.description': 'Bulgarian UIC/EIK or EU VAT number.',
  'admin.applications.locale.description': 'The language of the form; replies are written in it.',
  'admin.applications.notes.description': 'Staff notes on the review.',
  'admin.applications.recommendedBy.description':
    'The existing member that recommends the company, as the membership rules require.',
  'admin.applications.createdMember.description': 'Draft profile made on approval.',
  'admin.applications.createdUser.description': 'Member login made on approval.',
  'admin.inquiries.cooperation.description':
    'The cooperation post this expression of interest answers.',
  'admin.cooperation.audience.description': 'For whom: the partner this post looks for or serves.',
  'admin.media.alt.description': 'What the image shows, for people who cannot see it.',
  'admin.publications.file.description': 'The PDF in this language; falls back to the English one.',
  'admin.events.timeZone.description': 'IANA time zone in which the times above are announced.',
  'admin.buildStatus.pages.description': 'HTML pages in the last good build.',
  'admin.buildStatus.error.description': 'Why the last build failed.',
  'admin.buildStatus.deployHook.description':
    'What DEPLOY_HOOK_URL answered after the last good build.',
  'admin.buildStatus.triggeredBy.description': 'The documents that triggered it.',

  // Labels of the fixed vocabularies (cms/shared/options.ts): option.<vocabulary>.<value>.
  'option.employeeRanges.1-9': '1-9',
  'option.employeeRanges.10-49': '10-49',
  'option.employeeRanges.50-249': '50-249',
  'option.employeeRanges.250-999': '250-999',
  'option.employeeRanges.1000+': '1000+',
  'option.productKinds.product': 'Product',
  'option.productKinds.service': 'Service',
  'option.productKinds.solution': 'Solution',
  'option.industries.manufacturing': 'Manufacturing',
  'option.industries.automotive': 'Automotive',
  'option.industries.healthcare': 'Healthcare',
  'option.industries.finance': 'Finance',
  'option.industries.insurance': 'Insurance',
  'option.industries.public-sector': 'Public sector',
  'option.industries.logistics': 'Logistics',
  'option.industries.energy': 'Energy',
  'option.industries.retail': 'Retail',
  'option.industries.agriculture': 'Agriculture',
  'option.industries.education': 'Education',
  'option.industries.telecom': 'Telecommunications',
  'option.industries.tourism': 'Tourism',
  'option.industries.media': 'Media',
  'option.deployments.cloud': 'Cloud',
  'option.deployments.on-premise': 'On-premise',
  'option.deployments.hybrid': 'Hybrid',
  'option.deployments.saas': 'SaaS',
  'option.pricingModels.subscription': 'Subscription',
  'option.pricingModels.license': 'Licence',
  'option.pricingModels.per-project': 'Per project',
  'option.pricingModels.freemium': 'Freemium',
  'option.pricingModels.free': 'Free',
  'option.pricingModels.custom': 'On request',
  'option.priceUnits.per-user-month': 'Per user per month',
  'option.priceUnits.per-month': 'Per month',
  'option.priceUnits.per-year': 'Per year',
  'option.priceUnits.per-device': 'Per device',
  'option.priceUnits.per-day': 'Per day',
  'option.priceUnits.per-project': 'Per project',
  'option.priceUnits.one-off': 'One-off',
  'option.currencies.EUR': 'Euro (EUR)',
  'option.currencies.USD': 'US dollar (USD)',
  'option.currencies.GBP': 'Pound sterling (GBP)',
  'option.currencies.CHF': 'Swiss franc (CHF)',
  'option.eventKinds.conference': 'Conference',
  'option.eventKinds.b2b-matchmaking': 'B2B matchmaking',
  'option.eventKinds.trade-mission': 'Trade mission',
  'option.eventKinds.webinar': 'Webinar',
  'option.eventKinds.workshop': 'Workshop',
  'option.eventKinds.cluster-meeting': 'Cluster meeting',
  'option.eventFormats.in-person': 'In person',
  'option.eventFormats.online': 'Online',
  'option.eventFormats.hybrid': 'Hybrid',
  'option.eventStatuses.scheduled': 'Scheduled',
  'option.eventStatuses.postponed': 'Postponed',
  'option.eventStatuses.cancelled': 'Cancelled',
  'option.publicationKinds.strategy': 'Strategy',
  'option.publicationKinds.market-study': 'Market study',
  'option.publicationKinds.report': 'Report',
  'option.publicationKinds.policy-brief': 'Policy brief',
  'option.publicationKinds.newsletter': 'Newsletter',
  'option.partnerKinds.cluster': 'Cluster',
  'option.partnerKinds.association': 'Association',
  'option.partnerKinds.chamber': 'Chamber',
  'option.partnerKinds.university': 'University',
  'option.partnerKinds.agency': 'Agency',
  'option.cooperationTypes.offer': 'Offer',
  'option.cooperationTypes.request': 'Request',
  'option.protocolFamilies.api': 'APIs',
  'option.protocolFamilies.messaging': 'Messaging and events',
  'option.protocolFamilies.business-documents': 'Business documents and e-invoicing',
  'option.protocolFamilies.identity': 'Identity and sign-in',
  'option.protocolFamilies.file-transfer': 'File transfer',
  'option.protocolFamilies.industrial': 'Industrial automation',
  'option.protocolFamilies.healthcare': 'Healthcare',
  'option.protocolFamilies.finance': 'Finance and payments',
  'option.interfaceRoles.provides': 'Provides',
  'option.interfaceRoles.consumes': 'Consumes',
  'option.apiFormats.openapi': 'OpenAPI',
  'option.apiFormats.asyncapi': 'AsyncAPI',
  'option.languages.bg': 'Bulgarian',
  'option.languages.en': 'English',
  'option.languages.de': 'German',
  'option.languages.fr': 'French',
  'option.languages.es': 'Spanish',
  'option.languages.it': 'Italian',
  'option.languages.ro': 'Romanian',
  'option.languages.el': 'Greek',
  'option.languages.tr': 'Turkish',
  'option.languages.mk': 'Macedonian',
  'option.languages.sr': 'Serbian',
  'option.languages.ru': 'Russian',
  'option.languages.uk': 'Ukrainian',
  'option.languages.pl': 'Polish',
  'option.languages.cs': 'Czech',
  'option.languages.nl': 'Dutch',
  'option.languages.et': 'Estonian',
  'option.languages.hu': 'Hungarian',
  'option.organisationKinds.member': 'Cluster member',
  'option.organisationKinds.partner-cluster': 'Partner cluster',
  'option.organisationKinds.company': 'Company',
  'option.organisationKinds.research': 'University or research',
  'option.organisationKinds.public-body': 'Public body',
  'option.organisationKinds.other': 'Other',
  'option.participantStatuses.unconfirmed': 'Email not confirmed',
  'option.participantStatuses.pending': 'Awaiting validation',
  'option.participantStatuses.validated': 'Validated',
  'option.participantStatuses.rejected': 'Rejected',
  'option.meetingStatuses.requested': 'Requested',
  'option.meetingStatuses.accepted': 'Accepted',
  'option.meetingStatuses.declined': 'Declined',
  'option.meetingStatuses.cancelled': 'Cancelled',
  'option.schedulingModes.self': 'The accepting participant picks a free slot',
  'option.schedulingModes.staff': 'Staff schedule all accepted meetings at once',
  'option.inquiryStatuses.new': 'New',
  'option.inquiryStatuses.forwarded': 'Forwarded',
  'option.inquiryStatuses.answered': 'Answered',
  'option.inquiryStatuses.spam': 'Spam',
  'option.applicationStatuses.received': 'Received',
  'option.applicationStatuses.reviewing': 'In review',
  'option.applicationStatuses.approved': 'Approved',
  'option.applicationStatuses.rejected': 'Rejected',
  'option.buildResults.never': 'not built yet',
  'option.buildResults.queued': 'rebuild queued',
  'option.buildResults.running': 'rebuilding …',
  'option.buildResults.succeeded': 'up to date',
  'option.buildResults.failed': 'the last build failed; the previous site is still online',

  // Validation and refusals of the CMS itself (message(req, key) in the requester's language).
  'error.slugFormat':
    'Use lower-case letters, digits and single hyphens only, e.g. "cloud-platform".',
  'error.slugTaken': 'The slug "{slug}" is already used by another document here. Choose another.',
  'error.slugReserved':
    'The slug "{slug}" is the address of one of the portal\'s own pages, so this page would never be shown. Choose another, e.g. "{slug}-info".',
  'error.url':
    'Enter a full web address starting with https:// or http://, e.g. https://example.com.',
  'error.email': 'Enter an email address such as name@example.com.',
  'error.countryCode': 'Use a two-letter ISO 3166-1 country code in capitals, e.g. BG, DE, AT.',
  'error.endBeforeStart': 'The end must not be before the start.',
  'error.deadlineAfterStart': 'The registration deadline must not be after the start of the event.',
  'error.timeZone': 'Choose a time zone such as Europe/Sofia.',
  'error.memberNeedsCompany': 'A member user must belong to exactly one member company.',
  'error.year': 'Enter a year between 1900 and the current year.',
  'error.latitude': 'Latitude is a number from -90 to 90.',
  'error.longitude': 'Longitude is a number from -180 to 180.',
  'error.altRequired':
    'Alt text is required in English: describe the image for people who cannot see it.',
  'error.fileTooLarge': 'The file is {size} MB; at most {max} MB are accepted.',
  'error.fileType': 'Files of type {type} are not accepted here. Accepted: {accepted}.',
  'error.ownProductsOnly': 'A product can only work with products of other member companies.',
  'error.apiUnreadable': '{file} could not be read as JSON or YAML: {detail}',
  'error.apiNotDescription':
    '{file} is not an API description: an OpenAPI 3.x or AsyncAPI document begins with an "openapi" or "asyncapi" field that gives its version.',
  'error.apiSwagger':
    '{file} is a Swagger 2.0 document. Convert it to OpenAPI 3.x (for example with swagger2openapi) and upload it again.',
  'error.apiVersion':
    '{file} is written in {format} {version}, which the portal cannot show. Upload OpenAPI 3.0 or 3.1, or AsyncAPI 2.0 to 3.1.',
  'error.apiInvalid': '{file} is not a valid {format} document. The validator reports: {detail}',
  'error.apiExternalRef':
    '{file} refers to another file or address ({ref}). Upload one self-contained document: bundle the parts into one file first.',
  'error.apiMissingRef':
    '{file} refers to {ref}, which is not in the document. Add it or correct the reference.',
  'error.interfaceProtocol':
    'Interface {n}: choose a protocol or standard from the published list. If yours is missing, ask the cluster staff to add it.',
  'error.interfaceApiDescription':
    'Interface {n}: attach an API description that your company uploaded.',
  'error.priceIncomplete':
    'Give an amount and what it is counted per, or tick "Price on request", not both.',
  'error.categoryOwnParent': 'A category cannot be its own parent.',
  'error.categoryParentMissing': 'The parent category does not exist.',
  'error.categoryTwoLevels': 'Categories have two levels: choose a top-level category as parent.',
  'error.uploadUnreadable':
    'The upload could not be read ({reason}). Send it as multipart/form-data with one file.',
  'error.bodyType':
    'A body of type {type} cannot be read here. Send application/json or multipart/form-data.',
  'error.badQueryValue':
    'A value in the request does not fit its field, e.g. a word where an id, number or date belongs. Check where, limit, depth and the ids.',
  'error.currentPasswordRequired':
    'Enter your current password to change your email address or password.',
  'error.currentPasswordWrong': 'The current password is not correct.',
  'error.loginRateLimited':
    'Too many login attempts from your network. Try again in {minutes} min.',
  'error.forgotRateLimited':
    'Too many password reset requests from your network. Try again in {minutes} min.',
  'error.restoreAsDraft':
    'A member company can restore a version only as a draft; staff publish it. Restore it as a draft.',
  'error.lockNotYours':
    'You can only lock, change or unlock documents you may edit, in your own name.',
  'error.rebuildLogin': 'Log in as staff to rebuild the site.',
  'error.rebuildStaffOnly': 'Only cluster staff (admins and editors) can rebuild the site.',
  'error.consent': "Please agree to the processing of your data for this event's matchmaking.",
  'error.sessionsOverlap':
    'Two matchmaking sessions overlap in time: each slot must belong to one session.',

  // The public forms' endpoints: the error codes (shared with the portal) and the request.
  ...formErrorEntries('en'),
  'form.unreadable': 'The form could not be read. Reload the page and try again.',
  'form.tooLarge': 'The form is larger than {max} KB. Shorten the text and send it again.',
  'form.contentType': 'Send the form as JSON (Content-Type: application/json).',
  'form.rateLimited': 'Too many forms were sent from your network. Try again in {minutes} min.',
  'form.origin': 'This form can only be sent from the portal at {origin}.',
  'form.unavailable': 'The form could not be saved just now. Try again in a few minutes.',
  'form.inquirySent': 'Thank you. Your inquiry was sent; the company will reply by email.',
  'form.applicationSent':
    'Thank you. Your application was received; the cluster team will contact you by email.',
  'matchmaking.error.signedOut':
    'Please sign in again: your session has ended or this link is not yours.',
  'matchmaking.error.notFound': 'This was not found. Reload the page and try again.',
  'matchmaking.error.registrationClosed': 'Registration for this event’s matchmaking is not open.',
  'matchmaking.error.bookingClosed': 'Meeting requests for this event are not open at the moment.',
  'matchmaking.error.notValidated':
    'The organisers have not yet confirmed your participation; you can book meetings once they have.',
  'matchmaking.error.slotTaken': 'This time is no longer free. Choose another one.',
  'matchmaking.error.notAllowed': 'You cannot do this with this meeting.',
  'matchmaking.error.invalid': 'The request could not be used. Reload the page and try again.',
  'matchmaking.error.rateLimited':
    'Too many requests from your network. Try again in {minutes} min.',
  'matchmaking.error.origin': 'Only the portal ({origin}) may send this.',
  'matchmaking.error.tooLarge': 'This is too large (at most {max} KB).',
  'matchmaking.error.contentType': 'Send this as JSON.',
  'matchmaking.error.unreadable': 'The request could not be read. Reload the page and try again.',
  'matchmaking.error.unavailable': 'The service is unavailable for a moment. Try again shortly.',
  'matchmaking.error.linkExpired':
    'This link has expired or was already used. Ask for a new sign-in link below.',
  'matchmaking.registered':
    'Thank you. We have sent you an email: open the link in it to confirm your registration.',
  'matchmaking.signinSent':
    'If this address is registered and confirmed for this event, a sign-in link is on its way to it.',
  // The private calendar feed of a participant's meetings (matchmaking/calendarFeed.ts).
  'matchmaking.calendar.name': '{event}: my meetings',
  'matchmaking.calendar.summary': 'Meeting with {name} ({organisation})',
  'matchmaking.calendar.cancelled': 'Cancelled: {summary}',
  'matchmaking.calendar.table': 'Table {table}',
  'matchmaking.calendar.room': 'Online room: {url}',

  // The review of membership applications, for staff.
  'review.startReceived':
    'A new application starts as "{received}"; decide on it once it is saved.',
  'review.final':
    'This application is already "{from}". That decision is final; the status cannot change.',
  'review.transition': 'An application that is "{from}" can only move to {allowed}, not to "{to}".',
  'review.emailTaken':
    'A user with the email {email} already exists. Link that user to a member company yourself, or reject the application. Nothing was changed.',
  'review.approvalFailed':
    'The approval was not saved and nothing was created: {reason}. Correct the application and try again.',
  'review.memberNote': 'Created on approval of membership application #{id} (legal ID {legalId}).',

  // The decision buttons on an application (components/ApplicationDecision.tsx).
  'decision.heading': 'Decision',
  'decision.approve': 'Approve',
  'decision.reject': 'Reject',
  'decision.cancel': 'Cancel',
  'decision.hint': 'Saves the application with the decision at once. A decision is final.',
  'decision.final': 'The decision is final.',
  'decision.approve.heading': 'Approve {company}?',
  'decision.approve.body':
    'This creates a draft member profile and a member login for {email}, and mails the welcome with a link to set the password.',
  'decision.reject.heading': 'Reject {company}?',
  'decision.reject.body':
    'This mails {email} a polite notice that the application was not accepted. Nothing is created.',

  // The staff dashboard: work waiting on the admin's first screen (components/StaffDashboard.tsx).
  'dashboard.heading': 'Waiting for you',
  'dashboard.inquiries': 'Buyer inquiries',
  'dashboard.inquiries.new':
    '{n, plural, =0 {No new inquiries} one {# new inquiry} other {# new inquiries}}',
  'dashboard.applications': 'Membership applications',
  'dashboard.edits': 'Member edits awaiting review',
  'dashboard.edits.none': 'No member edits are waiting.',
  'dashboard.edits.members': '{n, plural, one {# company profile} other {# company profiles}}',
  'dashboard.edits.products':
    '{n, plural, one {# product or service} other {# products and services}}',
  'dashboard.edits.cooperation':
    '{n, plural, one {# cooperation post} other {# cooperation posts}}',
  // Matchmaking for staff (components/matchmaking/, matchmaking/endpoints/staff.ts).
  'mmStaff.title': 'Matchmaking',
  'mmStaff.intro': 'Events with B2B matchmaking: participants, meetings and the schedule.',
  'mmStaff.none': 'No event has matchmaking yet. Turn it on in an event’s Matchmaking box.',
  'mmStaff.refused': 'Only the cluster team can see matchmaking.',
  'mmStaff.notFound': 'This event does not exist or has no matchmaking.',
  'mmStaff.col.event': 'Event',
  'mmStaff.col.dates': 'Dates',
  'mmStaff.col.mode': 'Scheduling',
  'mmStaff.col.participants': 'Participants',
  'mmStaff.col.pending': 'Awaiting validation',
  'mmStaff.col.requests': 'Open requests',
  'mmStaff.col.accepted': 'Accepted meetings',
  'mmStaff.col.placed': 'Scheduled',
  'mmStaff.back': 'All matchmaking events',
  'mmStaff.openGrid': 'Open the schedule',
  'mmStaff.dashboard':
    '{n, plural, =0 {No upcoming matchmaking} one {# event with matchmaking} other {# events with matchmaking}}',
  'mmStaff.dashboard.pending':
    '{n, plural, one {# participant awaits validation} other {# participants await validation}}',
  'mmStaff.eventLink': 'Open the matchmaking schedule of this event',
  'mmStaff.eventLink.unsaved': 'Save the event to open its matchmaking schedule.',
  'mmStaff.links.participants': 'Participants',
  'mmStaff.links.pending': 'Awaiting validation ({n})',
  'mmStaff.links.meetings': 'All requests and meetings',
  'mmStaff.links.scheduleCsv': 'Schedule (CSV)',
  'mmStaff.links.participantsCsv': 'Participant list (CSV)',
  'mmStaff.links.cards': 'Print table cards',
  'mmStaff.timeZone': 'Times in {zone}.',
  'mmStaff.grid.slot': 'Time',
  'mmStaff.grid.table': 'Table {n}',
  'mmStaff.grid.free': 'Free',
  'mmStaff.grid.moveHere': 'Move here: {slot}, table {table}',
  'mmStaff.grid.noSlots': 'This session is too short for one meeting.',
  'mmStaff.grid.online': 'online',
  'mmStaff.grid.with': '{a} with {b}',
  'mmStaff.grid.selected':
    'Selected: {meeting}. Choose a free cell to move it there, or press Escape.',
  'mmStaff.grid.select': 'Select to move',
  'mmStaff.grid.cancel': 'Cancel moving',
  'mmStaff.grid.hint': 'To move a meeting, select it, then choose a free cell.',
  'mmStaff.grid.moved': 'Moved: {meeting}, now {slot}, table {table}. Both were notified.',
  'mmStaff.unplaced': 'Accepted, not yet scheduled',
  'mmStaff.unplaced.none': 'Every accepted meeting has a time and a table.',
  'mmStaff.scheduleAll': 'Schedule all accepted meetings',
  'mmStaff.scheduleAll.hint':
    'Places the accepted meetings that have no time yet in the free slots and tables, as many as possible; scheduled meetings stay where they are.',
  'mmStaff.scheduleAll.selfMode':
    'In this event the accepting participant picks the time; switch the event to staff scheduling to schedule all at once.',
  'mmStaff.scheduleAll.running': 'Scheduling…',
  'mmStaff.scheduleAll.result':
    '{placed} of {total} accepted meetings scheduled (at most {bound} can be).',
  'mmStaff.failed': 'That did not work: {reason}',
  'mmStaff.conflict.table': 'That table is already taken at this time.',
  'mmStaff.conflict.participant': 'One of the two already has a meeting at this time.',
  'mmStaff.error.origin': 'This can only be sent from the admin itself.',
  'mmStaff.error.login': 'Log in to the admin first.',
  'mmStaff.error.staffOnly': 'Only the cluster team can do this.',
  'mmStaff.error.notFound': 'This was not found.',
  'mmStaff.error.invalid': 'Choose a slot of this event and a table of its session.',
  'mmStaff.error.notAccepted': 'Only an accepted meeting can be scheduled.',
  'mmStaff.error.selfMode': 'This event is in self-scheduling mode.',
  'mmStaff.error.solver': 'The scheduler is not available yet.',
  'mmStaff.cards.title': 'Table cards',
  'mmStaff.cards.print': 'Print',
  'mmStaff.cards.back': 'Back to the schedule',
  'mmStaff.cards.table': 'Table {n}',
  'mmStaff.cards.empty': 'No meetings are scheduled yet.',
  'mmStaff.decision.heading': 'Participation',
  'mmStaff.decision.validate': 'Validate',
  'mmStaff.decision.reject': 'Reject',
  'mmStaff.decision.revoke': 'End sessions',
  'mmStaff.decision.cancel': 'Cancel',
  'mmStaff.decision.hint':
    'Validated participants are visible to the others and can be booked. Rejecting also ends their sessions.',
  'mmStaff.decision.validate.heading': 'Validate {name}?',
  'mmStaff.decision.validate.body':
    'Other participants of this event will see {name} and can request meetings.',
  'mmStaff.decision.reject.heading': 'Reject {name}?',
  'mmStaff.decision.reject.body':
    '{name} will no longer be visible and is signed out of every device.',
  'mmStaff.decision.revoke.heading': 'End the sessions of {name}?',
  'mmStaff.decision.revoke.body':
    '{name} is signed out everywhere and can sign in again with a new link by email.',
  'mmStaff.decision.revoked': 'Sessions ended.',
  'mmStaff.csv.session': 'Session',
  'mmStaff.csv.date': 'Date',
  'mmStaff.csv.start': 'Start',
  'mmStaff.csv.end': 'End',
  'mmStaff.csv.table': 'Table',
  'mmStaff.csv.room': 'Online room',
  'mmStaff.csv.requester': 'Requested by',
  'mmStaff.csv.requesterOrganisation': 'Organisation (requested by)',
  'mmStaff.csv.recipient': 'With',
  'mmStaff.csv.recipientOrganisation': 'Organisation (with)',
  'mmStaff.csv.meeting': 'Meeting',
  'mmStaff.csv.id': 'ID',
  'mmStaff.csv.name': 'Name',
  'mmStaff.csv.organisation': 'Organisation',
  'mmStaff.csv.kind': 'Kind of organisation',
  'mmStaff.csv.country': 'Country',
  'mmStaff.csv.role': 'Role',
  'mmStaff.csv.email': 'Email',
  'mmStaff.csv.languages': 'Languages',
  'mmStaff.csv.status': 'Status',
  'mmStaff.csv.registered': 'Registered',
  'mmStaff.csv.offers': 'Offers',
  'mmStaff.csv.requests': 'Requests',
  'mmStaff.csv.meetings': 'Scheduled meetings',
  // The review of member edits (components/review/, cms/review/).
  'draftReview.submit': 'Submit for review',
  'draftReview.sent':
    'Sent for review. The cluster team checks and publishes it; until then the portal shows the published version.',
  'draftReview.status.awaiting': 'Awaiting review',
  'draftReview.status.awaiting.hint':
    'Submitted to the cluster team. The portal shows the published version until they publish this one.',
  'draftReview.status.draft': 'Draft, not submitted',
  'draftReview.status.draft.hint':
    'Saved, but not sent for review yet: press "Submit for review" when it is ready.',
  'draftReview.status.published': 'Published',
  'draftReview.status.published.hint': 'The portal shows this version.',
  'draftReview.queue.title': 'Review queue',
  'draftReview.queue.intro':
    'Changes member companies submitted. Open one to compare it with the published version and edit it, or publish it as it is.',
  'draftReview.queue.count':
    '{count, plural, =0 {Nothing waits for review.} one {# change waits for review.} other {# changes wait for review.}}',
  'draftReview.queue.document': 'Document',
  'draftReview.queue.member': 'Member company',
  'draftReview.queue.submitted': 'Last saved',
  'draftReview.queue.kind.new': 'new, not on the portal yet',
  'draftReview.queue.kind.edit': 'edit of a published page',
  'draftReview.queue.open': 'Open',
  'draftReview.queue.compare': 'Compare versions',
  'draftReview.queue.approve': 'Publish',
  'draftReview.queue.approved': '"{title}" is published. The portal is rebuilt within a minute.',
  'draftReview.queue.approveFailed': 'Could not publish "{title}": {reason}',
  'draftReview.refused': 'Only staff publish member changes.',
  'draftReview.notWaiting': 'This document has no draft waiting for review.',

  // The member company's own view (components/member/).
  'myCompany.nav': 'My company',
  'myCompany.intro':
    'Everything of {company} in one place. What you change is sent to the cluster team for review before the portal shows it.',
  'myCompany.noCompany':
    'Your account is not linked to a member company. Ask the cluster team to link it.',
  'myCompany.profile': 'Company profile',
  'myCompany.products': 'Products and services',
  'myCompany.cooperation': 'Cooperation posts',
  'myCompany.inquiries': 'Inquiries',
  'myCompany.inquiriesCount': '{count, plural, =0 {none} one {# inquiry} other {# inquiries}}',
  'myCompany.unreadCount': '{count, plural, =0 {none new} one {# new} other {# new}}',
  'myCompany.count': '{count, plural, =0 {none yet} one {# entry} other {# entries}}',
  'myCompany.add': 'Add',
  'myCompany.edit': 'Edit',
  'myCompany.viewAll': 'See all',
  'myCompany.onPortal': 'View on the portal',
  'myCompany.from': 'from {name}',

  // Profile completeness (cms/completeness/, components/completeness/): private, staff and own.
  'completeness.title': 'Profile completeness',
  'completeness.productTitle': 'Completeness',
  'completeness.score': '{score} of 100',
  'completeness.intro':
    'What international buyers look for in your profile and your products. Only your company and the cluster team see this score; the portal does not show it.',
  'completeness.productIntro':
    'What buyers look for in this product. Only your company and the cluster team see this score.',
  'completeness.missing':
    '{n, plural, =0 {Nothing is missing.} one {# thing is missing:} other {# things are missing:}}',
  'completeness.points': '+{points} points',
  'completeness.more': 'All in the edit view',
  'completeness.profile': 'Company profile',
  'completeness.unsaved': 'Save to see what is missing.',
  'completeness.failed': 'The score could not be updated. Reload the page.',
  'completeness.refused': 'Only the cluster team and the company itself can see this score.',
  'completeness.notFound': 'There is no such member company.',
  'completeness.staff.intro':
    'Every member company by the completeness of its profile and its products, lowest first. Scores are computed from the latest versions when you open this page and are never public.',
  'completeness.staff.back': 'All member companies',
  'completeness.staff.order.asc': 'Lowest first',
  'completeness.staff.order.desc': 'Highest first',
  'completeness.col.member': 'Member company',
  'completeness.col.score': 'Score',
  'completeness.col.profile': 'Profile',
  'completeness.col.products': 'Products',
  'completeness.col.missing': 'Missing',
  'completeness.col.first': 'Worth most',
  'completeness.dashboard':
    '{n, plural, =0 {No member companies yet} one {# member company, mean score {mean}} other {# member companies, mean score {mean}}}',
  'completeness.dashboard.low':
    '{n, plural, =0 {none below 60} one {# below 60} other {# below 60}}',
  'completeness.item.description': 'Description in {language}',
  'completeness.item.tagline': 'Tagline in {language}',
  'completeness.item.logo': 'Logo',
  'completeness.item.logoAlt': 'Alt text of the logo in {language}',
  'completeness.item.contactName': 'Contact person',
  'completeness.item.contactEmail': 'Contact email',
  'completeness.item.contactPhone': 'Contact phone',
  'completeness.item.website': 'Website',
  'completeness.item.city': 'City',
  'completeness.item.location': 'Map coordinates (latitude and longitude)',
  'completeness.item.sectors': 'Sectors',
  'completeness.item.exportMarkets': 'Export markets',
  'completeness.item.languages': 'Languages you work in',
  'completeness.item.certifications': 'Certifications',
  'completeness.item.references': 'A reference (case study)',
  'completeness.item.referenceTranslations': 'Outcome of reference {n} in {language}',
  'completeness.item.founded': 'Year founded',
  'completeness.item.employees': 'Number of employees',
  'completeness.item.products': 'A product or service',
  'completeness.item.summary': 'Summary in {language}',
  'completeness.item.categories': 'Catalogue categories',
  'completeness.item.industries': 'Industries',
  'completeness.item.images': 'Images',
  'completeness.item.imageAlt': 'Alt text of image {n} in {language}',
  'completeness.item.price': 'Price, or “on request”',
  'completeness.item.pricingModel': 'Pricing model',
  'completeness.item.deployment': 'Deployment',
  'completeness.item.supportedLanguages': 'Supported languages',
  'completeness.item.brochure': 'Brochure (PDF)',
  'completeness.item.interfaces': 'Interfaces: protocols it provides or consumes',
  'completeness.item.interfaceDocs': 'Documentation link of interface {n} ({protocol})',
  'completeness.item.integrations': 'Works with: products of other members',

  // Preview of a document's latest version (cms/app/(preview)/).
  'preview.title': 'Preview',
  'preview.banner':
    'Preview of the latest saved version: {state}. Only people signed in to the CMS who may edit it can see this page.',
  'preview.state.awaiting': 'awaiting review',
  'preview.state.draft': 'a draft, not published',
  'preview.state.published': 'published',
  'preview.published': 'Published page on the portal',
  'preview.notPublished': 'Not on the portal yet.',
  'preview.edit': 'Back to editing',
  'preview.signIn': 'Sign in to the CMS to see this preview.',
  'preview.notFound': 'There is no such document, or you may not see it.',

  // The "Rebuild now" panel of the Site build global (components/RebuildNow.tsx).
  'rebuild.status': 'Portal',
  'rebuild.startedAt': 'last build started',
  'rebuild.duration': 'took',
  'rebuild.pages': 'pages',
  'rebuild.button': 'Rebuild now',
  'rebuild.hint':
    'Publishing rebuilds the portal by itself within about a minute; this button starts a build at once, e.g. after a failed one.',
  'rebuild.queued': 'The rebuild is queued and starts within a few seconds.',
  'rebuild.failedToQueue': 'The rebuild could not be queued.',
  'rebuild.deployHook': 'Deploy hook',
  'rebuild.logTail': 'Log of the last build',
  'rebuild.triggeredBy': 'Triggered by',
  'rebuild.operation.publish': 'published',
  'rebuild.operation.unpublish': 'unpublished',
  'rebuild.operation.delete': 'deleted',
  'rebuild.operation.update': 'saved',
  'rebuild.operation.manual': 'Rebuild now',
  'rebuild.operation.startup': 'built by npm start',
  'rebuild.operation.command': 'built by npm run build:site',
  'rebuild.history': 'Recent builds',
  'rebuild.history.finished': 'Finished',
  'rebuild.history.by': 'Started by',
  'rebuild.history.result': 'Result',
  'rebuild.history.none': 'No build of the portal has been recorded yet.',
  'rebuild.by.startup': 'npm start',
  'rebuild.by.command': 'npm run build:site',
  'rebuild.by.job': 'CMS (publishing or Rebuild now)',
  'rebuild.outcome.succeeded': 'succeeded',
  'rebuild.outcome.failed': 'failed',
  'rebuild.searchIndex.updating': 'Pages are live; the search index is updating.',
  'rebuild.searchIndex.failed': 'The search index failed; the previous index stays.',
  'rebuild.searchIndex.interrupted': 'The search index was interrupted; the previous index stays.',
  'rebuild.history.searchIndex': 'Search index',
  'rebuild.index.updating': 'updating',
  'rebuild.index.succeeded': 'updated',
  'rebuild.index.failed': 'failed, previous kept',

  // Mails (cms/email/templates.ts lays them out). {quoted} is the visitor's message, fenced.
  'note.countryCode':
    'Country was stored as {code}, a withdrawn ISO 3166-1 code; {hasSuccessor, select, yes {changed to {successor}, the country the form showed for it} other {cleared, as no current code succeeds it}} (migration country_codes).',
  'mail.inquiry.fromCountry': 'from {country}',
  'mail.inquiry.about':
    '{kind, select, product {about the product "{title}"} cooperation {in answer to the cooperation post "{title}"} other {to {memberName}}}',
  'mail.inquiryForMember.subject': 'New inquiry from {buyerName}',
  'mail.inquiryForMember.text': `Hello {memberName},

{sender} sent an inquiry through the {clusterName} portal {about}:

{quoted}

Reply to this email to answer {buyerName} directly ({buyerEmail}).
The inquiry is also in the CMS: {adminLink}

{clusterName}`,
  'mail.inquiryForStaff.subject': 'Inquiry for {memberName} from {buyerName}',
  'mail.inquiryForStaff.text': `{sender} sent an inquiry {about} ({memberName}):

{quoted}

{notice}
Open it in the CMS to set its status: {adminLink}
Reply to this email to write to the buyer ({buyerEmail}).`,
  'mail.inquiryForStaff.notified': '{memberName} was notified at its public contact address.',
  'mail.inquiryForStaff.notNotified':
    '{memberName} has no public contact address and was NOT notified: please forward it.',
  'mail.inquiryForBuyer.subject': 'Your inquiry to {memberName}',
  'mail.inquiryForBuyer.text': `Hello,

Thank you for your inquiry through the {clusterName} portal. We have sent it to {memberName}{kind, select, product { (about the product "{title}")} cooperation { (in answer to the cooperation post "{title}")} other {}}. {memberName} will reply to you directly at this address; the cluster's office has a copy.

This is a copy of your message:

{quoted}

If you did not send this inquiry, someone entered your address in our form: you can ignore this email, and we will not write to you about it again.

{clusterName}`,
  'mail.rejection.subject': 'Your membership application to {clusterName}',
  'mail.rejection.text': `Dear {contactName},

Thank you for the interest of {companyName} in joining {clusterName} and for the time you took to apply.

After careful review we are unable to accept the application at this time. This is not a judgement of your company's work; membership depends on the cluster's current focus and criteria.

You are welcome to apply again in the future, and to follow our events and publications in the meantime. If you have questions, simply reply to this email.

Kind regards,
{clusterName}`,
  'mail.welcome.subject': 'Welcome to {clusterName}: set your password',
  'mail.welcome.text': `Dear {contactName},

We are glad to tell you that the membership application of {companyName} has been approved.

An account has been created for you in the {clusterName} CMS, where you keep your company's profile, products and cooperation offers up to date. To choose your password, open this link within {validDays, plural, one {# day} other {# days}}:

{link}

Your company's profile is a draft for now; our staff will publish it after a final check.

Welcome aboard,
{clusterName}`,
  'mail.draftReview.subject': '{memberName} submitted "{title}" for review',
  'mail.draftReview.text': `{memberName} submitted {isNew, select, yes {a new {kind, select, members {member profile} products {product or service} other {cooperation post}}} other {changes to the {kind, select, members {member profile} products {product or service} other {cooperation post}}}} "{title}" for review.

The portal shows the published version until you publish this draft. Compare, edit and publish it in the CMS:
{adminLink}

{count, plural, one {# change waits} other {# changes wait}} for review: {queueLink}

{clusterName}`,
  'mail.passwordReset.subject': 'Reset your {clusterName} password',
  'mail.passwordReset.text': `Someone, probably you, asked to reset the password of your account in the {clusterName} CMS.

To choose a new password, open this link within one hour:

{link}

If you did not ask for this, ignore this email: your password stays as it was.

{clusterName}`,

  // Matchmaking mails (cms/email/matchmakingMail.ts): {when} and {place} are formatted there.
  'mail.matchmaking.confirm.subject': 'Confirm your registration for {eventTitle}',
  'mail.matchmaking.confirm.text': `Hello {name},

Thank you for registering for the B2B matchmaking at {eventTitle}. To confirm your email address and sign in, open this link within {count, plural, one {# hour} other {# hours}}:

{link}

{validation, select, yes {The organisers will then check your registration; other participants see you once they have confirmed it.} other {Other participants will then see your profile and can ask to meet you.}}

If you did not register, someone entered your address: ignore this email and nothing more will happen.

{clusterName}`,
  'mail.matchmaking.signin.subject': 'Your sign-in link for {eventTitle}',
  'mail.matchmaking.signin.text': `Hello {name},

To sign in to the matchmaking of {eventTitle}, open this link within {minutes, plural, one {# minute} other {# minutes}}. It works once:

{link}

If you did not ask for it, ignore this email: nobody can sign in without the link.

{clusterName}`,
  'mail.matchmaking.requested.subject': '{otherName} ({organisation}) would like to meet you',
  'mail.matchmaking.requested.text': `Hello {name},

{otherName} of {organisation} would like to meet you at {eventTitle}.
{note}
Accept or decline the request on your agenda:
{link}

{clusterName}`,
  'mail.matchmaking.accepted.subject': 'Meeting with {otherName} confirmed: {when}',
  'mail.matchmaking.accepted.text': `Hello {name},

Your meeting with {otherName} of {organisation} at {eventTitle} is confirmed.

When: {when}
Where: {place}

Your agenda:
{link}

{clusterName}`,
  'mail.matchmaking.declined.subject': '{otherName} declined your meeting request',
  'mail.matchmaking.declined.text': `Hello {name},

{otherName} of {organisation} cannot meet you at {eventTitle} and declined your request. Other participants may be a good match: see the suggestions on the matchmaking page.

Your agenda:
{link}

{clusterName}`,
  'mail.matchmaking.cancelled.subject': 'Meeting with {otherName} cancelled',
  'mail.matchmaking.cancelled.text': `Hello {name},

Your meeting with {otherName} of {organisation} at {eventTitle} was cancelled.

It was planned for: {when}
Where: {place}

Your agenda:
{link}

{clusterName}`,
  'mail.matchmaking.moved.subject': 'Meeting with {otherName} moved: {when}',
  'mail.matchmaking.moved.text': `Hello {name},

The organisers moved your meeting with {otherName} of {organisation} at {eventTitle}.

New time: {when}
Where: {place}

Your agenda and calendar feed show the new time:
{link}

{clusterName}`,
  'mail.matchmaking.reminder.subject':
    'Tomorrow at {eventTitle}: {count, plural, one {# meeting} other {# meetings}}',
  'mail.matchmaking.reminder.text': `Hello {name},

Tomorrow at {eventTitle} you have {count, plural, one {# meeting} other {# meetings}}:

{list}

Your agenda:
{link}

{clusterName}`,
  'mail.matchmaking.note': '\n{otherName} writes:\n{quoted}\n',
  'mail.matchmaking.notScheduled': 'not scheduled yet',
  'mail.matchmaking.table': 'table {table}',
  'mail.matchmaking.online': 'online, {room}',
  'mail.matchmaking.line': '{when}: {otherName} ({organisation}), {place}',
}

export type MessageKey = keyof typeof en

/** A locale's catalogue: every key of the English one, no other. */
export type Catalogue = Record<MessageKey, string>
