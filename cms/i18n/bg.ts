/** The CMS's words in Bulgarian; en.ts is the type and explains the format. */
import { formErrorEntries } from '@shared/formErrors'
import type { Catalogue } from './en'

export const bg: Catalogue = {
  'admin.group.directory': 'Указател',
  'admin.group.catalogue': 'Каталог',
  'admin.group.inbox': 'Входящи',
  'admin.group.cluster': 'Клъстер',
  'admin.group.files': 'Файлове',
  'admin.group.administration': 'Администрация',
  'admin.group.matchmaking': 'Бизнес срещи',
  'admin.members.singular': 'Член',
  'admin.members.plural': 'Членове',
  'admin.categories.singular': 'Категория',
  'admin.categories.plural': 'Категории',
  'admin.products.singular': 'Продукт или услуга',
  'admin.products.plural': 'Продукти и услуги',
  'admin.applications.singular': 'Заявление за членство',
  'admin.applications.plural': 'Заявления за членство',
  'admin.pages.singular': 'Страница',
  'admin.pages.plural': 'Страници',
  'admin.inquiries.singular': 'Запитване',
  'admin.inquiries.plural': 'Запитвания',
  'admin.cooperation.singular': 'Обява за сътрудничество',
  'admin.cooperation.plural': 'Борса за сътрудничество',
  'admin.documents.singular': 'Документ (PDF)',
  'admin.documents.plural': 'Документи (PDF)',
  'admin.protocols.singular': 'Протокол или стандарт',
  'admin.protocols.plural': 'Протоколи и стандарти',
  'admin.apiDescriptions.singular': 'Описание на API',
  'admin.apiDescriptions.plural': 'Описания на API (OpenAPI, AsyncAPI)',
  'admin.media.singular': 'Изображение',
  'admin.media.plural': 'Изображения',
  'admin.partners.singular': 'Партньор',
  'admin.partners.plural': 'Партньори',
  'admin.users.singular': 'Потребител',
  'admin.users.plural': 'Потребители',
  'admin.publications.singular': 'Публикация',
  'admin.publications.plural': 'Публикации',
  'admin.events.singular': 'Събитие',
  'admin.events.plural': 'Събития',
  'admin.matchmaking.onlineUrl.description':
    'За онлайн сесия: адресът на стаите за срещи; стаята на всяка маса е този адрес с добавен номер на масата (…/hits-b2b-3).',
  'admin.matchmaking.description':
    'B2B срещи на това събитие: участниците се регистрират на страницата на събитието, заявяват срещи един с друг и се срещат на маси в определени часове.',
  'admin.meetings.singular': 'Среща',
  'admin.meetings.plural': 'Срещи',
  'admin.participants.singular': 'Участник',
  'admin.participants.plural': 'Участници',
  'admin.settings.label': 'Настройки',
  'admin.settings.membership.description':
    'Показват се на страницата за членство в портала, на всеки език: членският внос според големината на компанията, какво следва след кандидатстването, цитати от членове и често задаваните въпроси.',
  'admin.buildStatus.label': 'Генериране на сайта',
  'admin.currentPassword.label': 'Текуща парола',
  'admin.currentPassword.description': 'Нужна е само за смяна на имейл адреса или паролата.',
  'admin.label.about': 'Продукт или член',
  'admin.label.address': 'Адрес',
  'admin.label.alt': 'Алтернативен текст',
  'admin.label.amount': 'Сума',
  'admin.label.answer': 'Отговор',
  'admin.label.audience': 'Целева група',
  'admin.label.authors': 'Автори',
  'admin.label.body': 'Текст',
  'admin.label.brochure': 'Брошура',
  'admin.label.categories': 'Категории',
  'admin.label.certifications': 'Сертификати',
  'admin.label.city': 'Град',
  'admin.label.clusterName': 'Име на клъстера',
  'admin.label.company': 'Фирма',
  'admin.label.companyName': 'Име на фирмата',
  'admin.label.consent': 'Съгласие',
  'admin.label.contact': 'Контакт',
  'admin.label.contactName': 'Лице за контакт',
  'admin.label.cooperatingSince': 'Партньор от',
  'admin.label.cooperation': 'Обява за сътрудничество',
  'admin.label.country': 'Държава',
  'admin.label.countryName': 'Име на държавата',
  'admin.label.cover': 'Корица',
  'admin.label.createdMember': 'Създаден профил на член',
  'admin.label.createdUser': 'Създаден потребител',
  'admin.label.currency': 'Валута',
  'admin.label.date': 'Дата',
  'admin.label.defaultShareImage': 'Изображение по подразбиране за споделяне',
  'admin.label.deployment': 'Начин на внедряване',
  'admin.label.description': 'Описание',
  'admin.label.email': 'Имейл',
  'admin.label.employees': 'Брой служители',
  'admin.label.end': 'Край',
  'admin.label.exportMarkets': 'Експортни пазари',
  'admin.label.faq': 'Често задавани въпроси',
  'admin.label.featured': 'Препоръчан',
  'admin.label.fees': 'Членски внос',
  'admin.label.file': 'Файл',
  'admin.label.format': 'Формат',
  'admin.label.founded': 'Година на основаване',
  'admin.label.image': 'Изображение',
  'admin.label.images': 'Изображения',
  'admin.label.industries': 'Отрасли',
  'admin.label.integrations': 'Интеграции',
  'admin.label.internalNotes': 'Вътрешни бележки',
  'admin.label.kind': 'Вид',
  'admin.label.languages': 'Езици',
  'admin.label.lat': 'Географска ширина',
  'admin.label.legalId': 'ЕИК или ДДС номер',
  'admin.label.lng': 'Географска дължина',
  'admin.label.locale': 'Език',
  'admin.label.location': 'Местоположение на картата',
  'admin.label.logo': 'Лого',
  'admin.label.member': 'Фирма членка',
  'admin.label.membership': 'Членство',
  'admin.label.memberSince': 'Член от',
  'admin.label.message': 'Съобщение',
  'admin.label.motivation': 'Мотивация',
  'admin.label.name': 'Име',
  'admin.label.note': 'Бележка',
  'admin.label.notes': 'Бележки',
  'admin.label.onlineUrl': 'Онлайн адрес',
  'admin.label.onRequest': 'Цена по запитване',
  'admin.label.organisers': 'Организатори',
  'admin.label.outcome': 'Резултат',
  'admin.label.owner': 'Собственик',
  'admin.label.parent': 'Родителска категория',
  'admin.label.partners': 'Партньори',
  'admin.label.phone': 'Телефон',
  'admin.label.platform': 'Платформа',
  'admin.label.price': 'Ориентировъчна цена',
  'admin.label.pricingModel': 'Ценови модел',
  'admin.label.product': 'Продукт',
  'admin.label.public': 'Публичен',
  'admin.label.question': 'Въпрос',
  'admin.label.quote': 'Цитат',
  'admin.label.references': 'Референции',
  'admin.label.received': 'Получено',
  'admin.label.recommendedBy': 'Препоръка от',
  'admin.label.registrationDeadline': 'Краен срок за регистрация',
  'admin.label.registrationUrl': 'Линк за регистрация',
  'admin.label.role': 'Роля',
  'admin.label.sector': 'Сектор на клиента',
  'admin.label.sectors': 'Сектори',
  'admin.label.sizeClass': 'Големина на компанията',
  'admin.label.slug': 'Адрес (slug)',
  'admin.label.social': 'Социални мрежи',
  'admin.label.staffNotes': 'Бележки на екипа',
  'admin.label.start': 'Начало',
  'admin.label.status': 'Статус',
  'admin.label.steps': 'Стъпки след кандидатстване',
  'admin.label.summary': 'Резюме',
  'admin.label.supportedLanguages': 'Поддържани езици',
  'admin.label.tagline': 'Слоган',
  'admin.label.technologies': 'Технологии',
  'admin.label.testimonials': 'Отзиви',
  'admin.label.text': 'Текст',
  'admin.label.timeZone': 'Часова зона',
  'admin.label.timing': 'Кога',
  'admin.label.title': 'Заглавие',
  'admin.label.type': 'Вид',
  'admin.label.unit': 'За',
  'admin.label.url': 'Адрес (URL)',
  'admin.label.usedByPublished': 'Използва се от публикувана страница',
  'admin.label.validUntil': 'Валидна до',
  'admin.label.venue': 'Място на провеждане',
  'admin.label.website': 'Уебсайт',
  'admin.label.family': 'Група',
  'admin.label.specification': 'Спецификация (URL)',
  'admin.label.specVersion': 'Версия на спецификацията',
  'admin.label.protocol': 'Протокол или стандарт',
  'admin.label.version': 'Версия',
  'admin.label.documentation': 'Публична документация (URL)',
  'admin.label.apiDescription': 'Описание на API (OpenAPI 3.x или AsyncAPI)',
  'admin.label.interfaces': 'Интерфейси',
  'admin.label.matchmaking': 'Бизнес срещи',
  'admin.label.enabled': 'Бизнес срещи на това събитие',
  'admin.label.registrationOpens': 'Регистрацията започва',
  'admin.label.registrationCloses': 'Регистрацията приключва',
  'admin.label.bookingOpens': 'Заявките за срещи започват',
  'admin.label.bookingCloses': 'Заявките за срещи приключват',
  'admin.label.scheduling': 'Разпределение',
  'admin.label.requireValidation': 'Екипът одобрява всеки участник',
  'admin.label.matchmakingSessions': 'Сесии',
  'admin.label.meetingMinutes': 'Продължителност на срещата (минути)',
  'admin.label.breakMinutes': 'Почивка между срещите (минути)',
  'admin.label.tables': 'Маси',
  'admin.label.stats': 'Числа, показвани на портала',
  'admin.label.participants': 'Участници',
  'admin.label.countries': 'Държави',
  'admin.label.meetings': 'Проведени срещи',
  'admin.label.countriesMet': 'Срещнали се държави',
  'admin.label.event': 'Събитие',
  'admin.label.organisation': 'Организация',
  'admin.label.organisationKind': 'Вид организация',
  'admin.label.profile': 'Профил',
  'admin.label.offers': 'Предлага',
  'admin.label.requests': 'Търси',
  'admin.label.products': 'Продукти',
  'admin.label.partner': 'Партньорски клъстер',
  'admin.label.attends': 'Посещавани сесии (идентификатори; празно: всички)',
  'admin.label.emailConfirmedAt': 'Потвърден имейл',
  'admin.label.requester': 'Заявена от',
  'admin.label.recipient': 'Заявена към',
  'admin.label.session': 'Сесия',
  'admin.label.table': 'Маса',
  'admin.field.slug.description':
    'Адресът на тази страница в портала. Попълва се от името, ако остане празен.',
  'admin.field.country.description': 'Двубуквен код по ISO 3166-1 (alpha-2), напр. BG',
  'admin.field.price.description':
    'Минималната цена за купувача, показвана като „от 49 € на потребител на месец“. Оставете празно, за да не се показва цена, или отметнете „Цена по запитване“.',
  'admin.field.onRequest.description': 'Показва „Цена по запитване“ вместо сума.',
  'admin.field.references.description':
    'Примери от практиката: секторът и държавата на клиента и какво е постигнато (без име на клиента).',
  'admin.field.location.description':
    'Къде се намира фирмата, за картата: десетични градуси (WGS 84).',
  'admin.field.owner.description':
    'Попълва се, когато файлът е качен от потребител на фирма членка.',
  'admin.field.public.description':
    'Публичен, дори когато никоя публикувана страница не го използва. Само за екипа на клъстера.',
  'admin.field.usedByPublished.description':
    'Задава се автоматично, докато публикувана страница използва този файл.',
  'admin.members.contact.description':
    'Показва се в публичния профил; запитванията от купувачи се изпращат на този адрес.',
  'admin.members.featured.description': 'Показва се на началната страница.',
  'admin.members.internalNotes.description':
    'Само за екипа на клъстера: никога не се показва на фирмата или на посетителите.',
  'admin.categories.parent.description': 'Оставете празно за категория от първо ниво.',
  'admin.products.member.description': 'Фирмата членка, която го предлага.',
  'admin.products.integrations.description':
    'Продукти и услуги на други членове, с които този работи.',
  'admin.products.interfaces.description':
    'Протоколите и стандартите, които продуктът предлага (предоставя) или използва от други продукти (консумира). Порталът свързва продуктите чрез тях.',
  'admin.apiDescriptions.title.description':
    'Ако остане празно, се използва заглавието на документа (info.title).',
  'admin.interfaces.singular': 'Интерфейс',
  'admin.interfaces.rowLabel':
    '{role, select, consumes {Консумира {name}} other {Предоставя {name}}}',
  'admin.interfaces.rowLabelEmpty': 'Интерфейс {n}',
  'admin.applications.legalId.description': 'Български ЕИК или ДДС номер в ЕС.',
  'admin.applications.locale.description': 'Езикът на формуляра; отговорите се пишат на него.',
  'admin.applications.notes.description': 'Бележки на екипа на клъстера по разглеждането.',
  'admin.applications.recommendedBy.description':
    'Настоящият член, който препоръчва компанията, както изискват правилата за членство.',
  'admin.applications.createdMember.description': 'Чернова на профил, създадена при одобряването.',
  'admin.applications.createdUser.description':
    'Потребителски профил на члена, създаден при одобряването.',
  'admin.inquiries.cooperation.description':
    'Обявата за сътрудничество, на която отговаря това заявяване на интерес.',
  'admin.cooperation.audience.description':
    'За кого: партньорът, когото обявата търси или на когото е предназначена.',
  'admin.media.alt.description':
    'Какво показва изображението – за хората, които не могат да го видят.',
  'admin.publications.file.description':
    'PDF файлът на този език; ако липсва, се показва английският.',
  'admin.events.timeZone.description': 'Часова зона по IANA, в която са обявени часовете по-горе.',
  'admin.buildStatus.pages.description': 'HTML страници при последното успешно генериране.',
  'admin.buildStatus.error.description': 'Защо последното генериране се провали.',
  'admin.buildStatus.deployHook.description':
    'Какво отговори DEPLOY_HOOK_URL след последното успешно генериране.',
  'admin.buildStatus.triggeredBy.description': 'Документите, които са го предизвикали.',

  'option.employeeRanges.1-9': '1-9',
  'option.employeeRanges.10-49': '10-49',
  'option.employeeRanges.50-249': '50-249',
  'option.employeeRanges.250-999': '250-999',
  'option.employeeRanges.1000+': '1000+',
  'option.productKinds.product': 'Продукт',
  'option.productKinds.service': 'Услуга',
  'option.productKinds.solution': 'Решение',
  'option.industries.manufacturing': 'Производство',
  'option.industries.automotive': 'Автомобилостроене',
  'option.industries.healthcare': 'Здравеопазване',
  'option.industries.finance': 'Финанси',
  'option.industries.insurance': 'Застраховане',
  'option.industries.public-sector': 'Публичен сектор',
  'option.industries.logistics': 'Логистика',
  'option.industries.energy': 'Енергетика',
  'option.industries.retail': 'Търговия на дребно',
  'option.industries.agriculture': 'Земеделие',
  'option.industries.education': 'Образование',
  'option.industries.telecom': 'Телекомуникации',
  'option.industries.tourism': 'Туризъм',
  'option.industries.media': 'Медии',
  'option.deployments.cloud': 'Облак',
  'option.deployments.on-premise': 'Локално',
  'option.deployments.hybrid': 'Хибридно',
  'option.deployments.saas': 'SaaS',
  'option.pricingModels.subscription': 'Абонамент',
  'option.pricingModels.license': 'Лиценз',
  'option.pricingModels.per-project': 'На проект',
  'option.pricingModels.freemium': 'Freemium',
  'option.pricingModels.free': 'Безплатно',
  'option.pricingModels.custom': 'По запитване',
  'option.priceUnits.per-user-month': 'На потребител на месец',
  'option.priceUnits.per-month': 'На месец',
  'option.priceUnits.per-year': 'На година',
  'option.priceUnits.per-device': 'На устройство',
  'option.priceUnits.per-day': 'На ден',
  'option.priceUnits.per-project': 'На проект',
  'option.priceUnits.one-off': 'Еднократно',
  'option.currencies.EUR': 'Евро (EUR)',
  'option.currencies.USD': 'Щатски долар (USD)',
  'option.currencies.GBP': 'Британска лира (GBP)',
  'option.currencies.CHF': 'Швейцарски франк (CHF)',
  'option.eventKinds.conference': 'Конференция',
  'option.eventKinds.b2b-matchmaking': 'B2B срещи',
  'option.eventKinds.trade-mission': 'Търговска мисия',
  'option.eventKinds.webinar': 'Уебинар',
  'option.eventKinds.workshop': 'Работилница',
  'option.eventKinds.cluster-meeting': 'Среща на клъстера',
  'option.eventFormats.in-person': 'Присъствено',
  'option.eventFormats.online': 'Онлайн',
  'option.eventFormats.hybrid': 'Хибридно',
  'option.eventStatuses.scheduled': 'Предстои',
  'option.eventStatuses.postponed': 'Отложено',
  'option.eventStatuses.cancelled': 'Отменено',
  'option.publicationKinds.strategy': 'Стратегия',
  'option.publicationKinds.market-study': 'Пазарно проучване',
  'option.publicationKinds.report': 'Доклад',
  'option.publicationKinds.policy-brief': 'Позиция',
  'option.publicationKinds.newsletter': 'Бюлетин',
  'option.partnerKinds.cluster': 'Клъстер',
  'option.partnerKinds.association': 'Сдружение',
  'option.partnerKinds.chamber': 'Камара',
  'option.partnerKinds.university': 'Университет',
  'option.partnerKinds.agency': 'Агенция',
  'option.cooperationTypes.offer': 'Оферта',
  'option.cooperationTypes.request': 'Търсене',
  'option.protocolFamilies.api': 'API',
  'option.protocolFamilies.messaging': 'Съобщения и събития',
  'option.protocolFamilies.business-documents': 'Бизнес документи и е-фактури',
  'option.protocolFamilies.identity': 'Идентичност и вход',
  'option.protocolFamilies.file-transfer': 'Пренос на файлове',
  'option.protocolFamilies.industrial': 'Индустриална автоматизация',
  'option.protocolFamilies.healthcare': 'Здравеопазване',
  'option.protocolFamilies.finance': 'Финанси и плащания',
  'option.interfaceRoles.provides': 'Предоставя',
  'option.interfaceRoles.consumes': 'Консумира',
  'option.apiFormats.openapi': 'OpenAPI',
  'option.apiFormats.asyncapi': 'AsyncAPI',
  'option.languages.bg': 'Български',
  'option.languages.en': 'Английски',
  'option.languages.de': 'Немски',
  'option.languages.fr': 'Френски',
  'option.languages.es': 'Испански',
  'option.languages.it': 'Италиански',
  'option.languages.ro': 'Румънски',
  'option.languages.el': 'Гръцки',
  'option.languages.tr': 'Турски',
  'option.languages.mk': 'Македонски',
  'option.languages.sr': 'Сръбски',
  'option.languages.ru': 'Руски',
  'option.languages.uk': 'Украински',
  'option.languages.pl': 'Полски',
  'option.languages.cs': 'Чешки',
  'option.languages.nl': 'Нидерландски',
  'option.languages.et': 'Естонски',
  'option.languages.hu': 'Унгарски',
  'option.organisationKinds.member': 'Член на клъстера',
  'option.organisationKinds.partner-cluster': 'Партньорски клъстер',
  'option.organisationKinds.company': 'Фирма',
  'option.organisationKinds.research': 'Университет или научна организация',
  'option.organisationKinds.public-body': 'Публична институция',
  'option.organisationKinds.other': 'Друго',
  'option.participantStatuses.unconfirmed': 'Непотвърден имейл',
  'option.participantStatuses.pending': 'Очаква одобрение',
  'option.participantStatuses.validated': 'Одобрен',
  'option.participantStatuses.rejected': 'Отхвърлен',
  'option.meetingStatuses.requested': 'Заявена',
  'option.meetingStatuses.accepted': 'Приета',
  'option.meetingStatuses.declined': 'Отказана',
  'option.meetingStatuses.cancelled': 'Отменена',
  'option.schedulingModes.self': 'Приемащият участник избира свободен час',
  'option.schedulingModes.staff': 'Екипът разпределя всички приети срещи наведнъж',
  'option.inquiryStatuses.new': 'Ново',
  'option.inquiryStatuses.forwarded': 'Препратено',
  'option.inquiryStatuses.answered': 'Отговорено',
  'option.inquiryStatuses.spam': 'Спам',
  'option.applicationStatuses.received': 'Получено',
  'option.applicationStatuses.reviewing': 'В преглед',
  'option.applicationStatuses.approved': 'Одобрено',
  'option.applicationStatuses.rejected': 'Отхвърлено',
  'option.buildResults.never': 'още не е генериран',
  'option.buildResults.queued': 'чака генериране',
  'option.buildResults.running': 'генерира се …',
  'option.buildResults.succeeded': 'актуален',
  'option.buildResults.failed': 'последното генериране се провали; предишният сайт остава онлайн',

  'error.slugFormat':
    'Използвайте само малки латински букви, цифри и единични тирета, напр. "cloud-platform".',
  'error.slugTaken':
    'Адресът (slug) "{slug}" вече се използва от друг документ тук. Изберете друг.',
  'error.slugReserved':
    'Адресът (slug) "{slug}" е зает от собствена страница на портала и тази страница никога няма да се покаже. Изберете друг, напр. "{slug}-info".',
  'error.url':
    'Въведете пълен уеб адрес, започващ с https:// или http://, напр. https://example.com.',
  'error.email': 'Въведете имейл адрес, напр. name@example.com.',
  'error.countryCode':
    'Използвайте двубуквен код на държава по ISO 3166-1 с главни букви, напр. BG, DE, AT.',
  'error.endBeforeStart': 'Краят не може да бъде преди началото.',
  'error.deadlineAfterStart':
    'Крайният срок за регистрация не може да бъде след началото на събитието.',
  'error.timeZone': 'Изберете часова зона, напр. Europe/Sofia.',
  'error.memberNeedsCompany':
    'Потребител с роля „член“ трябва да принадлежи на точно една фирма членка.',
  'error.year': 'Въведете година между 1900 и текущата година.',
  'error.latitude': 'Географската ширина е число от -90 до 90.',
  'error.longitude': 'Географската дължина е число от -180 до 180.',
  'error.altRequired':
    'Алтернативният текст на английски е задължителен: опишете изображението за хора, които не го виждат.',
  'error.fileTooLarge': 'Файлът е {size} MB; приемат се най-много {max} MB.',
  'error.fileType': 'Файлове от тип {type} не се приемат тук. Приемат се: {accepted}.',
  'error.ownProductsOnly': 'Продуктът може да работи само с продукти на други фирми членки.',
  'error.apiUnreadable': '{file} не може да се прочете като JSON или YAML: {detail}',
  'error.apiNotDescription':
    '{file} не е описание на API: документът OpenAPI 3.x или AsyncAPI започва с поле „openapi“ или „asyncapi“, което посочва версията му.',
  'error.apiSwagger':
    '{file} е документ Swagger 2.0. Преобразувайте го в OpenAPI 3.x (например със swagger2openapi) и го качете отново.',
  'error.apiVersion':
    '{file} е написан на {format} {version}, който порталът не може да покаже. Качете OpenAPI 3.0 или 3.1, или AsyncAPI от 2.0 до 3.1.',
  'error.apiInvalid': '{file} не е валиден документ {format}. Проверката съобщава: {detail}',
  'error.apiExternalRef':
    '{file} препраща към друг файл или адрес ({ref}). Качете един самостоятелен документ: първо обединете частите в един файл.',
  'error.apiMissingRef':
    '{file} препраща към {ref}, което липсва в документа. Добавете го или поправете препратката.',
  'error.interfaceProtocol':
    'Интерфейс {n}: изберете протокол или стандарт от публикувания списък. Ако вашият липсва, помолете екипа на клъстера да го добави.',
  'error.interfaceApiDescription':
    'Интерфейс {n}: прикачете описание на API, което е качено от вашата фирма.',
  'error.priceIncomplete':
    'Посочете сума и за какво се отнася, или отметнете „Цена по запитване“, но не и двете.',
  'error.categoryOwnParent': 'Категорията не може да бъде родител на себе си.',
  'error.categoryParentMissing': 'Родителската категория не съществува.',
  'error.categoryTwoLevels':
    'Категориите са на две нива: изберете категория от първо ниво за родител.',
  'error.uploadUnreadable':
    'Каченото не може да бъде прочетено ({reason}). Изпратете го като multipart/form-data с един файл.',
  'error.bodyType':
    'Тяло от тип {type} не може да бъде прочетено тук. Изпратете application/json или multipart/form-data.',
  'error.badQueryValue':
    'Стойност в заявката не отговаря на полето си, напр. дума на мястото на id, число или дата. Проверете where, limit, depth и id.',
  'error.currentPasswordRequired':
    'Въведете текущата си парола, за да смените имейл адреса или паролата си.',
  'error.currentPasswordWrong': 'Текущата парола не е вярна.',
  'error.loginRateLimited':
    'Твърде много опити за вход от вашата мрежа. Опитайте отново след {minutes} мин.',
  'error.forgotRateLimited':
    'Твърде много заявки за нова парола от вашата мрежа. Опитайте отново след {minutes} мин.',
  'error.restoreAsDraft':
    'Фирма членка може да възстанови версия само като чернова; екипът на клъстера я публикува. Възстановете я като чернова.',
  'error.lockNotYours':
    'Можете да заключвате, променяте и отключвате само документи, които можете да редактирате, и само от свое име.',
  'error.rebuildLogin': 'Влезте като служител на клъстера, за да генерирате сайта отново.',
  'error.rebuildStaffOnly':
    'Само екипът на клъстера (администратори и редактори) може да генерира сайта отново.',
  'error.consent':
    'Моля, съгласете се с обработката на данните ви за бизнес срещите на това събитие.',
  'error.sessionsOverlap':
    'Две сесии за срещи се застъпват във времето: всеки час трябва да принадлежи на една сесия.',

  ...formErrorEntries('bg'),
  'form.unreadable':
    'Формулярът не може да бъде прочетен. Презаредете страницата и опитайте отново.',
  'form.tooLarge': 'Формулярът е по-голям от {max} KB. Съкратете текста и го изпратете отново.',
  'form.contentType': 'Изпратете формуляра като JSON (Content-Type: application/json).',
  'form.rateLimited':
    'От вашата мрежа са изпратени твърде много формуляри. Опитайте отново след {minutes} мин.',
  'form.origin': 'Този формуляр може да се изпраща само от портала на адрес {origin}.',
  'form.unavailable':
    'Формулярът не може да бъде записан в момента. Опитайте отново след няколко минути.',
  'form.inquirySent': 'Благодарим ви! Запитването е изпратено; фирмата ще ви отговори по имейл.',
  'form.applicationSent':
    'Благодарим ви! Заявлението е получено; екипът на клъстера ще се свърже с вас по имейл.',
  'matchmaking.error.signedOut':
    'Моля, влезте отново: сесията ви е приключила или тази връзка не е ваша.',
  'matchmaking.error.notFound': 'Това не беше намерено. Презаредете страницата и опитайте отново.',
  'matchmaking.error.registrationClosed': 'Регистрацията за срещите на това събитие не е отворена.',
  'matchmaking.error.bookingClosed': 'В момента не се приемат заявки за срещи за това събитие.',
  'matchmaking.error.notValidated':
    'Организаторите все още не са потвърдили участието ви; ще можете да заявявате срещи след това.',
  'matchmaking.error.slotTaken': 'Този час вече не е свободен. Изберете друг.',
  'matchmaking.error.notAllowed': 'Не можете да направите това с тази среща.',
  'matchmaking.error.invalid':
    'Заявката не можа да бъде обработена. Презаредете страницата и опитайте отново.',
  'matchmaking.error.rateLimited':
    'Твърде много заявки от вашата мрежа. Опитайте отново след {minutes} мин.',
  'matchmaking.error.origin': 'Само порталът ({origin}) може да изпраща това.',
  'matchmaking.error.tooLarge': 'Това е твърде голямо (най-много {max} KB).',
  'matchmaking.error.contentType': 'Изпратете това като JSON.',
  'matchmaking.error.unreadable':
    'Заявката не можа да бъде прочетена. Презаредете страницата и опитайте отново.',
  'matchmaking.error.unavailable': 'Услугата е временно недостъпна. Опитайте отново след малко.',
  'matchmaking.error.linkExpired':
    'Тази връзка е изтекла или вече е използвана. Поискайте нова връзка за вход по-долу.',
  'matchmaking.registered':
    'Благодарим Ви. Изпратихме Ви имейл: отворете връзката в него, за да потвърдите регистрацията си.',
  'matchmaking.signinSent':
    'Ако този адрес е регистриран и потвърден за това събитие, към него е изпратена връзка за вход.',
  // The private calendar feed of a participant's meetings (matchmaking/calendarFeed.ts).
  'matchmaking.calendar.name': '{event}: моите срещи',
  'matchmaking.calendar.summary': 'Среща с {name} ({organisation})',
  'matchmaking.calendar.cancelled': 'Отменена: {summary}',
  'matchmaking.calendar.table': 'Маса {table}',
  'matchmaking.calendar.room': 'Онлайн стая: {url}',

  'review.startReceived':
    'Новото заявление започва със статус "{received}"; решението се взима, след като е запазено.',
  'review.final':
    'Заявлението вече е "{from}". Това решение е окончателно; статусът не може да се промени.',
  'review.transition':
    'Заявление със статус "{from}" може да премине само в {allowed}, не в "{to}".',
  'review.emailTaken':
    'Вече има потребител с имейл {email}. Свържете този потребител с фирма членка ръчно или отхвърлете заявлението. Нищо не е променено.',
  'review.approvalFailed':
    'Одобрението не е запазено и нищо не е създадено: {reason}. Коригирайте заявлението и опитайте отново.',
  'review.memberNote':
    'Създаден при одобрение на заявление за членство №{id} (ЕИК/ДДС номер {legalId}).',

  'decision.heading': 'Решение',
  'decision.approve': 'Одобри',
  'decision.reject': 'Отхвърли',
  'decision.cancel': 'Отказ',
  'decision.hint': 'Запазва заявлението с решението наведнъж. Решението е окончателно.',
  'decision.final': 'Решението е окончателно.',
  'decision.approve.heading': 'Да се одобри ли {company}?',
  'decision.approve.body':
    'Създава се чернова на профил на член и потребител за {email}, на когото се изпраща писмо за добре дошли с връзка за задаване на парола.',
  'decision.reject.heading': 'Да се отхвърли ли {company}?',
  'decision.reject.body':
    'На {email} се изпраща учтиво съобщение, че заявлението не е прието. Нищо не се създава.',

  'dashboard.heading': 'Чака ви',
  'dashboard.inquiries': 'Запитвания от купувачи',
  'dashboard.inquiries.new':
    '{n, plural, =0 {Няма нови запитвания} one {# ново запитване} other {# нови запитвания}}',
  'dashboard.applications': 'Заявления за членство',
  'dashboard.edits': 'Промени на членове за преглед',
  'dashboard.edits.none': 'Няма чакащи промени на членове.',
  'dashboard.edits.members': '{n, plural, one {# фирмен профил} other {# фирмени профила}}',
  'dashboard.edits.products': '{n, plural, one {# продукт или услуга} other {# продукта и услуги}}',
  'dashboard.edits.cooperation':
    '{n, plural, one {# обява за сътрудничество} other {# обяви за сътрудничество}}',
  // Matchmaking for staff (components/matchmaking/, matchmaking/endpoints/staff.ts).
  'mmStaff.title': 'Бизнес срещи',
  'mmStaff.intro': 'Събития с B2B бизнес срещи: участници, срещи и график.',
  'mmStaff.none':
    'Все още няма събитие с бизнес срещи. Включете ги в полето „Бизнес срещи“ на събитието.',
  'mmStaff.refused': 'Само екипът на клъстера вижда бизнес срещите.',
  'mmStaff.notFound': 'Това събитие не съществува или няма бизнес срещи.',
  'mmStaff.col.event': 'Събитие',
  'mmStaff.col.dates': 'Дати',
  'mmStaff.col.mode': 'Насрочване',
  'mmStaff.col.participants': 'Участници',
  'mmStaff.col.pending': 'Чакат одобрение',
  'mmStaff.col.requests': 'Отворени покани',
  'mmStaff.col.accepted': 'Приети срещи',
  'mmStaff.col.placed': 'Насрочени',
  'mmStaff.back': 'Всички събития с бизнес срещи',
  'mmStaff.openGrid': 'Към графика',
  'mmStaff.dashboard':
    '{n, plural, =0 {Няма предстоящи бизнес срещи} one {# събитие с бизнес срещи} other {# събития с бизнес срещи}}',
  'mmStaff.dashboard.pending':
    '{n, plural, one {# участник чака одобрение} other {# участници чакат одобрение}}',
  'mmStaff.eventLink': 'Към графика на бизнес срещите на това събитие',
  'mmStaff.eventLink.unsaved': 'Запазете събитието, за да отворите графика на бизнес срещите.',
  'mmStaff.links.participants': 'Участници',
  'mmStaff.links.pending': 'Чакат одобрение ({n})',
  'mmStaff.links.meetings': 'Всички покани и срещи',
  'mmStaff.links.scheduleCsv': 'График (CSV)',
  'mmStaff.links.participantsCsv': 'Списък на участниците (CSV)',
  'mmStaff.links.cards': 'Печат на табелки за масите',
  'mmStaff.timeZone': 'Часовете са в {zone}.',
  'mmStaff.grid.slot': 'Час',
  'mmStaff.grid.table': 'Маса {n}',
  'mmStaff.grid.free': 'Свободно',
  'mmStaff.grid.moveHere': 'Премести тук: {slot}, маса {table}',
  'mmStaff.grid.noSlots': 'Тази сесия е твърде кратка за една среща.',
  'mmStaff.grid.online': 'онлайн',
  'mmStaff.grid.with': '{a} с {b}',
  'mmStaff.grid.selected':
    'Избрана: {meeting}. Изберете свободна клетка, за да я преместите там, или натиснете Escape.',
  'mmStaff.grid.select': 'Избери за преместване',
  'mmStaff.grid.cancel': 'Отказ от преместването',
  'mmStaff.grid.hint': 'За да преместите среща, изберете я, а после свободна клетка.',
  'mmStaff.grid.moved': 'Преместена: {meeting}, сега {slot}, маса {table}. И двамата са уведомени.',
  'mmStaff.unplaced': 'Приети, още без час',
  'mmStaff.unplaced.none': 'Всички приети срещи имат час и маса.',
  'mmStaff.scheduleAll': 'Насрочи всички приети срещи',
  'mmStaff.scheduleAll.hint':
    'Разпределя приетите срещи без час в свободните часове и маси, колкото може повече; вече насрочените остават на мястото си.',
  'mmStaff.scheduleAll.selfMode':
    'В това събитие часа избира участникът, който приема поканата; превключете събитието на насрочване от екипа, за да насрочите всички наведнъж.',
  'mmStaff.scheduleAll.running': 'Насрочване…',
  'mmStaff.scheduleAll.result':
    'Насрочени {placed} от {total} приети срещи (възможни са най-много {bound}).',
  'mmStaff.failed': 'Не се получи: {reason}',
  'mmStaff.conflict.table': 'Тази маса вече е заета в този час.',
  'mmStaff.conflict.participant': 'Единият от двамата вече има среща в този час.',
  'mmStaff.error.origin': 'Това може да се изпрати само от самия администраторски панел.',
  'mmStaff.error.login': 'Първо влезте в администраторския панел.',
  'mmStaff.error.staffOnly': 'Само екипът на клъстера може да направи това.',
  'mmStaff.error.notFound': 'Не е намерено.',
  'mmStaff.error.invalid': 'Изберете час от това събитие и маса от неговата сесия.',
  'mmStaff.error.notAccepted': 'Само приета среща може да бъде насрочена.',
  'mmStaff.error.selfMode': 'В това събитие участниците сами избират часа.',
  'mmStaff.error.solver': 'Насрочването още не е налично.',
  'mmStaff.cards.title': 'Табелки за масите',
  'mmStaff.cards.print': 'Печат',
  'mmStaff.cards.back': 'Обратно към графика',
  'mmStaff.cards.table': 'Маса {n}',
  'mmStaff.cards.empty': 'Все още няма насрочени срещи.',
  'mmStaff.decision.heading': 'Участие',
  'mmStaff.decision.validate': 'Одобри',
  'mmStaff.decision.reject': 'Откажи',
  'mmStaff.decision.revoke': 'Прекрати сесиите',
  'mmStaff.decision.cancel': 'Отказ',
  'mmStaff.decision.hint':
    'Одобрените участници се виждат от останалите и могат да бъдат канени на срещи. Отказът прекратява и сесиите им.',
  'mmStaff.decision.validate.heading': 'Да се одобри ли {name}?',
  'mmStaff.decision.validate.body':
    'Останалите участници в събитието ще виждат {name} и ще могат да канят на срещи.',
  'mmStaff.decision.reject.heading': 'Да се откаже ли на {name}?',
  'mmStaff.decision.reject.body': '{name} вече няма да се вижда и се отписва от всички устройства.',
  'mmStaff.decision.revoke.heading': 'Да се прекратят ли сесиите на {name}?',
  'mmStaff.decision.revoke.body':
    '{name} се отписва навсякъде и може да влезе отново с нова връзка по имейл.',
  'mmStaff.decision.revoked': 'Сесиите са прекратени.',
  'mmStaff.csv.session': 'Сесия',
  'mmStaff.csv.date': 'Дата',
  'mmStaff.csv.start': 'Начало',
  'mmStaff.csv.end': 'Край',
  'mmStaff.csv.table': 'Маса',
  'mmStaff.csv.room': 'Онлайн стая',
  'mmStaff.csv.requester': 'Поканил',
  'mmStaff.csv.requesterOrganisation': 'Организация (поканил)',
  'mmStaff.csv.recipient': 'Поканен',
  'mmStaff.csv.recipientOrganisation': 'Организация (поканен)',
  'mmStaff.csv.meeting': 'Среща',
  'mmStaff.csv.id': 'ID',
  'mmStaff.csv.name': 'Име',
  'mmStaff.csv.organisation': 'Организация',
  'mmStaff.csv.kind': 'Вид организация',
  'mmStaff.csv.country': 'Държава',
  'mmStaff.csv.role': 'Длъжност',
  'mmStaff.csv.email': 'Имейл',
  'mmStaff.csv.languages': 'Езици',
  'mmStaff.csv.status': 'Статус',
  'mmStaff.csv.registered': 'Регистриран',
  'mmStaff.csv.offers': 'Предлага',
  'mmStaff.csv.requests': 'Търси',
  'mmStaff.csv.meetings': 'Насрочени срещи',
  'draftReview.submit': 'Изпрати за преглед',
  'draftReview.sent':
    'Изпратено за преглед. Екипът на клъстера ще го провери и публикува; дотогава порталът показва публикуваната версия.',
  'draftReview.status.awaiting': 'Очаква преглед',
  'draftReview.status.awaiting.hint':
    'Изпратено до екипа на клъстера. Порталът показва публикуваната версия, докато екипът не публикува тази.',
  'draftReview.status.draft': 'Чернова, неизпратена',
  'draftReview.status.draft.hint':
    'Запазено, но още не е изпратено за преглед: натиснете „Изпрати за преглед“, когато е готово.',
  'draftReview.status.published': 'Публикувано',
  'draftReview.status.published.hint': 'Порталът показва тази версия.',
  'draftReview.queue.title': 'За преглед',
  'draftReview.queue.intro':
    'Промени, изпратени от фирмите членки. Отворете някоя, за да я сравните с публикуваната версия и да я редактирате, или я публикувайте както е.',
  'draftReview.queue.count':
    '{count, plural, =0 {Няма нищо за преглед.} one {# промяна очаква преглед.} other {# промени очакват преглед.}}',
  'draftReview.queue.document': 'Документ',
  'draftReview.queue.member': 'Фирма членка',
  'draftReview.queue.submitted': 'Последно запазено',
  'draftReview.queue.kind.new': 'нов, още не е в портала',
  'draftReview.queue.kind.edit': 'промяна на публикувана страница',
  'draftReview.queue.open': 'Отвори',
  'draftReview.queue.compare': 'Сравни версиите',
  'draftReview.queue.approve': 'Публикувай',
  'draftReview.queue.approved': '„{title}“ е публикувано. Порталът се обновява до минута.',
  'draftReview.queue.approveFailed': '„{title}“ не можа да бъде публикувано: {reason}',
  'draftReview.refused': 'Само екипът на клъстера публикува промените на членовете.',
  'draftReview.notWaiting': 'Този документ няма чернова, която очаква преглед.',

  'myCompany.nav': 'Моята фирма',
  'myCompany.intro':
    'Всичко за {company} на едно място. Промените Ви се изпращат за преглед на екипа на клъстера, преди порталът да ги покаже.',
  'myCompany.noCompany':
    'Акаунтът Ви не е свързан с фирма членка. Помолете екипа на клъстера да го свърже.',
  'myCompany.profile': 'Профил на фирмата',
  'myCompany.products': 'Продукти и услуги',
  'myCompany.cooperation': 'Обяви за сътрудничество',
  'myCompany.inquiries': 'Запитвания',
  'myCompany.inquiriesCount': '{count, plural, =0 {няма} one {# запитване} other {# запитвания}}',
  'myCompany.unreadCount': '{count, plural, =0 {няма нови} one {# ново} other {# нови}}',
  'myCompany.count': '{count, plural, =0 {още няма} one {# запис} other {# записа}}',
  'myCompany.add': 'Добави',
  'myCompany.edit': 'Редактирай',
  'myCompany.viewAll': 'Виж всички',
  'myCompany.onPortal': 'Виж в портала',
  'myCompany.from': 'от {name}',

  // Попълненост на профила (cms/completeness/, components/completeness/).
  'completeness.title': 'Попълненост на профила',
  'completeness.productTitle': 'Попълненост',
  'completeness.score': '{score} от 100',
  'completeness.intro':
    'Какво търсят международните купувачи в профила и продуктите Ви. Оценката виждат само Вашата фирма и екипът на клъстера; порталът не я показва.',
  'completeness.productIntro':
    'Какво търсят купувачите в този продукт. Оценката виждат само Вашата фирма и екипът на клъстера.',
  'completeness.missing':
    '{n, plural, =0 {Нищо не липсва.} one {Липсва # нещо:} other {Липсват # неща:}}',
  'completeness.points': '+{points} т.',
  'completeness.more': 'Всичко в редакцията',
  'completeness.profile': 'Профил на фирмата',
  'completeness.unsaved': 'Запазете, за да видите какво липсва.',
  'completeness.failed': 'Оценката не можа да се обнови. Презаредете страницата.',
  'completeness.refused': 'Тази оценка виждат само екипът на клъстера и самата фирма.',
  'completeness.notFound': 'Няма такава фирма членка.',
  'completeness.staff.intro':
    'Всички фирми членки според попълнеността на профила и продуктите им, първо най-ниските. Оценките се изчисляват от последните версии при отваряне на страницата и никога не са публични.',
  'completeness.staff.back': 'Всички фирми членки',
  'completeness.staff.order.asc': 'Първо най-ниските',
  'completeness.staff.order.desc': 'Първо най-високите',
  'completeness.col.member': 'Фирма членка',
  'completeness.col.score': 'Оценка',
  'completeness.col.profile': 'Профил',
  'completeness.col.products': 'Продукти',
  'completeness.col.missing': 'Липсват',
  'completeness.col.first': 'Носи най-много',
  'completeness.dashboard':
    '{n, plural, =0 {Още няма фирми членки} one {# фирма членка, средна оценка {mean}} other {# фирми членки, средна оценка {mean}}}',
  'completeness.dashboard.low': '{n, plural, =0 {никоя под 60} one {# под 60} other {# под 60}}',
  'completeness.item.description': 'Описание на {language}',
  'completeness.item.tagline': 'Слоган на {language}',
  'completeness.item.logo': 'Лого',
  'completeness.item.logoAlt': 'Алтернативен текст на логото на {language}',
  'completeness.item.contactName': 'Лице за контакт',
  'completeness.item.contactEmail': 'Имейл за контакт',
  'completeness.item.contactPhone': 'Телефон за контакт',
  'completeness.item.website': 'Уебсайт',
  'completeness.item.city': 'Град',
  'completeness.item.location': 'Координати за картата (географска ширина и дължина)',
  'completeness.item.sectors': 'Сектори',
  'completeness.item.exportMarkets': 'Експортни пазари',
  'completeness.item.languages': 'Езици, на които работите',
  'completeness.item.certifications': 'Сертификати',
  'completeness.item.references': 'Референция (казус)',
  'completeness.item.referenceTranslations': 'Резултат от референция {n} на {language}',
  'completeness.item.founded': 'Година на основаване',
  'completeness.item.employees': 'Брой служители',
  'completeness.item.products': 'Продукт или услуга',
  'completeness.item.summary': 'Резюме на {language}',
  'completeness.item.categories': 'Категории в каталога',
  'completeness.item.industries': 'Отрасли',
  'completeness.item.images': 'Изображения',
  'completeness.item.imageAlt': 'Алтернативен текст на изображение {n} на {language}',
  'completeness.item.price': 'Цена или „при запитване“',
  'completeness.item.pricingModel': 'Ценови модел',
  'completeness.item.deployment': 'Начин на внедряване',
  'completeness.item.supportedLanguages': 'Поддържани езици',
  'completeness.item.brochure': 'Брошура (PDF)',
  'completeness.item.interfaces': 'Интерфейси: протоколи, които предоставя или използва',
  'completeness.item.interfaceDocs': 'Връзка към документацията на интерфейс {n} ({protocol})',
  'completeness.item.integrations': 'Работи с: продукти на други членове',

  'preview.title': 'Преглед',
  'preview.banner':
    'Преглед на последната запазена версия: {state}. Тази страница виждат само влезлите в CMS, които могат да я редактират.',
  'preview.state.awaiting': 'очаква преглед',
  'preview.state.draft': 'чернова, непубликувана',
  'preview.state.published': 'публикувана',
  'preview.published': 'Публикуваната страница в портала',
  'preview.notPublished': 'Още не е в портала.',
  'preview.edit': 'Обратно към редактирането',
  'preview.signIn': 'Влезте в CMS, за да видите този преглед.',
  'preview.notFound': 'Няма такъв документ или нямате право да го видите.',

  'rebuild.status': 'Портал',
  'rebuild.startedAt': 'последното генериране започна',
  'rebuild.duration': 'продължи',
  'rebuild.pages': 'страници',
  'rebuild.button': 'Генерирай сега',
  'rebuild.hint':
    'Публикуването обновява портала само до около минута; бутонът стартира генериране веднага, напр. след неуспешно.',
  'rebuild.queued': 'Генерирането е в опашката и започва до няколко секунди.',
  'rebuild.failedToQueue': 'Генерирането не можа да бъде поставено в опашката.',
  'rebuild.deployHook': 'Deploy hook',
  'rebuild.logTail': 'Журнал на последното генериране',
  'rebuild.triggeredBy': 'Причина',
  'rebuild.operation.publish': 'публикуван',
  'rebuild.operation.unpublish': 'скрит',
  'rebuild.operation.delete': 'изтрит',
  'rebuild.operation.update': 'запазен',
  'rebuild.operation.manual': 'Генерирай сега',
  'rebuild.operation.startup': 'генериран от npm start',
  'rebuild.operation.command': 'генериран от npm run build:site',
  'rebuild.history': 'Последни генерирания',
  'rebuild.history.finished': 'Завършено',
  'rebuild.history.by': 'Стартирано от',
  'rebuild.history.result': 'Резултат',
  'rebuild.history.none': 'Все още няма записано генериране на портала.',
  'rebuild.by.startup': 'npm start',
  'rebuild.by.command': 'npm run build:site',
  'rebuild.by.job': 'CMS (публикуване или „Генерирай сега“)',
  'rebuild.outcome.succeeded': 'успешно',
  'rebuild.outcome.failed': 'неуспешно',
  'rebuild.searchIndex.updating': 'Страниците са публикувани; индексът за търсене се обновява.',
  'rebuild.searchIndex.failed': 'Индексът за търсене не беше обновен; остава предишният.',
  'rebuild.searchIndex.interrupted':
    'Обновяването на индекса за търсене беше прекъснато; остава предишният.',
  'rebuild.history.searchIndex': 'Индекс за търсене',
  'rebuild.index.updating': 'обновява се',
  'rebuild.index.succeeded': 'обновен',
  'rebuild.index.failed': 'неуспешно, остава предишният',

  'note.countryCode':
    'Държавата беше записана като {code}, отменен код по ISO 3166-1; {hasSuccessor, select, yes {сменена е на {successor}, държавата, която формулярът показваше за него} other {изчистена е, защото няма текущ код, който да го наследява}} (миграция country_codes).',
  'mail.inquiry.fromCountry': 'от {country}',
  'mail.inquiry.about':
    '{kind, select, product {относно продукта „{title}“} cooperation {в отговор на обявата за сътрудничество „{title}“} other {до {memberName}}}',
  'mail.inquiryForMember.subject': 'Ново запитване от {buyerName}',
  'mail.inquiryForMember.text': `Здравейте, {memberName},

{sender} изпрати запитване чрез портала на {clusterName} {about}:

{quoted}

Отговорете на този имейл, за да пишете директно на {buyerName} ({buyerEmail}).
Запитването е и в CMS: {adminLink}

{clusterName}`,
  'mail.inquiryForStaff.subject': 'Запитване до {memberName} от {buyerName}',
  'mail.inquiryForStaff.text': `{sender} изпрати запитване {about} ({memberName}):

{quoted}

{notice}
Отворете го в CMS, за да зададете статуса му: {adminLink}
Отговорете на този имейл, за да пишете на купувача ({buyerEmail}).`,
  'mail.inquiryForStaff.notified': '{memberName} е уведомен на публичния си имейл за контакт.',
  'mail.inquiryForStaff.notNotified':
    '{memberName} няма публичен имейл за контакт и НЕ е уведомен: моля, препратете запитването.',
  'mail.inquiryForBuyer.subject': 'Вашето запитване до {memberName}',
  'mail.inquiryForBuyer.text': `Здравейте,

Благодарим ви за запитването чрез портала на {clusterName}. Изпратихме го до {memberName}{kind, select, product { (относно продукта „{title}“)} cooperation { (в отговор на обявата за сътрудничество „{title}“)} other {}}. {memberName} ще ви отговори директно на този адрес; офисът на клъстера има копие.

Това е копие на вашето съобщение:

{quoted}

Ако не сте изпращали това запитване, някой е въвел адреса ви в нашата форма: можете да пренебрегнете този имейл и няма да ви пишем отново за него.

{clusterName}`,
  'mail.rejection.subject': 'Вашето заявление за членство в {clusterName}',
  'mail.rejection.text': `Здравейте, {contactName},

Благодарим за интереса на {companyName} към членство в {clusterName} и за времето, което отделихте за заявлението.

След внимателно разглеждане за съжаление не можем да приемем заявлението в момента. Това не е оценка на работата на Вашата фирма; членството зависи от текущия фокус и критериите на клъстера.

Ще се радваме да кандидатствате отново в бъдеще, а дотогава да следите нашите събития и публикации. Ако имате въпроси, просто отговорете на този имейл.

С уважение,
{clusterName}`,
  'mail.welcome.subject': 'Добре дошли в {clusterName}: задайте парола',
  'mail.welcome.text': `Здравейте, {contactName},

Радваме се да Ви съобщим, че заявлението за членство на {companyName} е одобрено.

За Вас е създаден потребителски акаунт в CMS на {clusterName}, където поддържате актуални профила, продуктите и предложенията за сътрудничество на Вашата фирма. За да изберете парола, отворете тази връзка в рамките на {validDays, plural, one {# ден} other {# дни}}:

{link}

Засега профилът на фирмата Ви е чернова; екипът ни ще го публикува след последна проверка.

Добре дошли,
{clusterName}`,
  'mail.draftReview.subject': '{memberName} изпрати „{title}“ за преглед',
  'mail.draftReview.text': `{memberName} изпрати за преглед {isNew, select, yes {{kind, select, members {нов профил на член} products {нов продукт или услуга} other {нова обява за сътрудничество}}} other {промени в {kind, select, members {профила на член} products {продукта или услугата} other {обявата за сътрудничество}}}} „{title}“.

Порталът показва публикуваната версия, докато не публикувате тази чернова. Сравнете, редактирайте и публикувайте я в CMS:
{adminLink}

{count, plural, one {# промяна очаква} other {# промени очакват}} преглед: {queueLink}

{clusterName}`,
  'mail.passwordReset.subject': 'Смяна на паролата за {clusterName}',
  'mail.passwordReset.text': `Някой, вероятно Вие, поиска смяна на паролата на Вашия акаунт в CMS на {clusterName}.

За да изберете нова парола, отворете тази връзка в рамките на един час:

{link}

Ако не сте поискали това, не правете нищо: паролата Ви остава непроменена.

{clusterName}`,

  'mail.matchmaking.confirm.subject': 'Потвърдете регистрацията си за {eventTitle}',
  'mail.matchmaking.confirm.text': `Здравейте, {name},

Благодарим Ви за регистрацията за B2B срещите на {eventTitle}. За да потвърдите имейл адреса си и да влезете, отворете тази връзка в рамките на {count, plural, one {# час} other {# часа}}:

{link}

{validation, select, yes {След това организаторите ще проверят регистрацията Ви; другите участници ще Ви виждат, след като я потвърдят.} other {След това другите участници ще виждат профила Ви и ще могат да поискат среща с Вас.}}

Ако не сте се регистрирали, някой е въвел Вашия адрес: не обръщайте внимание на този имейл и нищо повече няма да се случи.

{clusterName}`,
  'mail.matchmaking.signin.subject': 'Вашата връзка за вход за {eventTitle}',
  'mail.matchmaking.signin.text': `Здравейте, {name},

За да влезете в B2B срещите на {eventTitle}, отворете тази връзка в рамките на {minutes, plural, one {# минута} other {# минути}}. Тя важи само веднъж:

{link}

Ако не сте я поискали, не обръщайте внимание на този имейл: никой не може да влезе без връзката.

{clusterName}`,
  'mail.matchmaking.requested.subject': '{otherName} ({organisation}) иска среща с Вас',
  'mail.matchmaking.requested.text': `Здравейте, {name},

{otherName} от {organisation} иска да се срещне с Вас на {eventTitle}.
{note}
Приемете или откажете заявката в своята програма:
{link}

{clusterName}`,
  'mail.matchmaking.accepted.subject': 'Срещата с {otherName} е потвърдена: {when}',
  'mail.matchmaking.accepted.text': `Здравейте, {name},

Срещата Ви с {otherName} от {organisation} на {eventTitle} е потвърдена.

Кога: {when}
Къде: {place}

Вашата програма:
{link}

{clusterName}`,
  'mail.matchmaking.declined.subject': '{otherName} отказа заявката Ви за среща',
  'mail.matchmaking.declined.text': `Здравейте, {name},

{otherName} от {organisation} не може да се срещне с Вас на {eventTitle} и отказа заявката Ви. Други участници може да са подходящи за Вас: вижте предложенията на страницата за срещи.

Вашата програма:
{link}

{clusterName}`,
  'mail.matchmaking.cancelled.subject': 'Срещата с {otherName} е отменена',
  'mail.matchmaking.cancelled.text': `Здравейте, {name},

Срещата Ви с {otherName} от {organisation} на {eventTitle} беше отменена.

Беше планирана за: {when}
Къде: {place}

Вашата програма:
{link}

{clusterName}`,
  'mail.matchmaking.moved.subject': 'Срещата с {otherName} е преместена: {when}',
  'mail.matchmaking.moved.text': `Здравейте, {name},

Организаторите преместиха срещата Ви с {otherName} от {organisation} на {eventTitle}.

Нов час: {when}
Къде: {place}

Програмата и календарът Ви показват новия час:
{link}

{clusterName}`,
  'mail.matchmaking.reminder.subject':
    'Утре на {eventTitle}: {count, plural, one {# среща} other {# срещи}}',
  'mail.matchmaking.reminder.text': `Здравейте, {name},

Утре на {eventTitle} имате {count, plural, one {# среща} other {# срещи}}:

{list}

Вашата програма:
{link}

{clusterName}`,
  'mail.matchmaking.note': '\n{otherName} пише:\n{quoted}\n',
  'mail.matchmaking.notScheduled': 'все още не е насрочена',
  'mail.matchmaking.table': 'маса {table}',
  'mail.matchmaking.online': 'онлайн, {room}',
  'mail.matchmaking.line': '{when}: {otherName} ({organisation}), {place}',
}
