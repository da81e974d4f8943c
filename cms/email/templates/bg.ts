import type { InquiryFacts, Templates } from './en'

const sender = (f: InquiryFacts) =>
  [f.buyerName, f.buyerCompany && `(${f.buyerCompany})`, f.buyerCountry && `от ${f.buyerCountry}`]
    .filter(Boolean)
    .join(' ')

const about = (f: InquiryFacts) =>
  f.concerns?.kind === 'product'
    ? `относно продукта „${f.concerns.title}“`
    : f.concerns?.kind === 'cooperation'
      ? `в отговор на обявата за сътрудничество „${f.concerns.title}“`
      : `до ${f.memberName}`

const quoted = (message: string) => `----\n${message}\n----`

export const bg: Templates = {
  inquiryForMember: (f) => ({
    subject: `Ново запитване от ${f.buyerName}${f.concerns ? `: ${f.concerns.title}` : ''}`,
    text: `Здравейте, ${f.memberName},

${sender(f)} изпрати запитване чрез портала на ${f.clusterName} ${about(f)}:

${quoted(f.message)}

Отговорете на този имейл, за да пишете директно на ${f.buyerName} (${f.buyerEmail}).
Запитването е и в CMS: ${f.adminLink}

${f.clusterName}`,
  }),
  inquiryForStaff: (f) => ({
    subject: `Запитване до ${f.memberName} от ${f.buyerName}`,
    text: `${sender(f)} изпрати запитване ${about(f)} (${f.memberName}):

${quoted(f.message)}

${
  f.memberNotified
    ? `${f.memberName} е уведомен на публичния си имейл за контакт.`
    : `${f.memberName} няма публичен имейл за контакт и НЕ е уведомен: моля, препратете запитването.`
}
Отворете го в CMS, за да зададете статуса му: ${f.adminLink}
Отговорете на този имейл, за да пишете на купувача (${f.buyerEmail}).`,
  }),
  rejection: (f) => ({
    subject: `Вашето заявление за членство в ${f.clusterName}`,
    text: `Здравейте, ${f.contactName},

Благодарим за интереса на ${f.companyName} към членство в ${f.clusterName} и за времето, което отделихте за заявлението.

След внимателно разглеждане за съжаление не можем да приемем заявлението в момента. Това не е оценка на работата на Вашата фирма; членството зависи от текущия фокус и критериите на клъстера.

Ще се радваме да кандидатствате отново в бъдеще, а дотогава да следите нашите събития и публикации. Ако имате въпроси, просто отговорете на този имейл.

С уважение,
${f.clusterName}`,
  }),
  welcome: (f) => ({
    subject: `Добре дошли в ${f.clusterName}: задайте парола`,
    text: `Здравейте, ${f.contactName},

Радваме се да Ви съобщим, че заявлението за членство на ${f.companyName} е одобрено.

За Вас е създаден потребителски акаунт в CMS на ${f.clusterName}, където поддържате актуални профила, продуктите и предложенията за сътрудничество на Вашата фирма. За да изберете парола, отворете тази връзка в рамките на ${f.validDays} дни:

${f.link}

Засега профилът на фирмата Ви е чернова; екипът ни ще го публикува след последна проверка.

Добре дошли,
${f.clusterName}`,
  }),
  passwordReset: (f) => ({
    subject: `Смяна на паролата за ${f.clusterName}`,
    text: `Някой, вероятно Вие, поиска смяна на паролата на Вашия акаунт в CMS на ${f.clusterName}.

За да изберете нова парола, отворете тази връзка в рамките на един час:

${f.link}

Ако не сте поискали това, не правете нищо: паролата Ви остава непроменена.

${f.clusterName}`,
  }),
}
