// What each drawn picture shows, in every locale: the second half of the alt texts in alt-text.ts.
// Kept beside the scene lists so that a new scene cannot be added without saying what it shows
// (the Record types make a missing entry a type error).
import type { CoverScene } from './cover-art.ts'
import type { Localized } from './data.ts'
import type { SceneName } from './product-scenes.ts'

export const PRODUCT_SCENE_ALT: Record<SceneName, Localized> = {
  'route-map': {
    en: 'a road map with a delivery route, its stops and a list of shipments',
    bg: 'пътна карта с маршрут за доставка, спирките му и списък с пратки',
    de: 'eine Straßenkarte mit Lieferroute, Haltepunkten und einer Liste der Sendungen',
  },
  'sea-map': {
    en: 'a sea chart with the coastline, shipping lanes and vessels under way',
    bg: 'морска карта с бреговата линия, корабни коридори и плаващи кораби',
    de: 'eine Seekarte mit Küste, Schifffahrtswegen und fahrenden Schiffen',
  },
  port: {
    en: 'a port map with quays, container stacks and ships at berth',
    bg: 'карта на пристанище с кейове, контейнери и акостирали кораби',
    de: 'ein Hafenplan mit Kais, Containerstapeln und Schiffen am Liegeplatz',
  },
  'field-map': {
    en: 'a map of farm fields with weaker crop zones and sensor locations, beside a soil-moisture chart',
    bg: 'карта на земеделски парцели със зони на по-слаба реколта и местата на сензорите, до графика на почвената влажност',
    de: 'eine Karte von Ackerflächen mit schwächeren Bestandszonen und Sensorstandorten neben einem Bodenfeuchte-Diagramm',
  },
  'field-zones': {
    en: "a prescription map dividing fields into application-rate zones, with the sprayer's passes",
    bg: 'карта за дозиране, която разделя нивите на зони с различна норма, с преминаванията на пръскачката',
    de: 'eine Applikationskarte, die Felder in Zonen unterschiedlicher Ausbringmenge teilt, mit den Fahrspuren der Feldspritze',
  },
  energy: {
    en: "a chart of a day's electricity demand against solar and wind generation, with solar, wind and battery tiles",
    bg: 'графика на дневното потребление на електроенергия спрямо слънчевото и вятърното производство, с плочки за слънце, вятър и батерия',
    de: 'ein Diagramm des Tagesstrombedarfs gegenüber Solar- und Windeinspeisung, mit Kacheln für Sonne, Wind und Batterie',
  },
  meters: {
    en: 'a street map of houses showing the state of each smart meter, beside a consumption chart',
    bg: 'карта на квартал с къщи и състоянието на всеки интелигентен електромер, до графика на потреблението',
    de: 'ein Straßenplan mit Häusern und dem Zustand jedes Smart Meters neben einem Verbrauchsdiagramm',
  },
  camera: {
    en: 'a camera view of parts on a conveyor, marked as passed or rejected, with the pass rate',
    bg: 'изглед от камера на детайли върху конвейер, маркирани като годни или брак, с дела на годните',
    de: 'ein Kamerabild von Teilen auf einem Förderband, als gut oder Ausschuss markiert, mit der Gutteilquote',
  },
  'cell-layout': {
    en: 'a floor plan of a production line with robot cells along a conveyor and their output charts',
    bg: 'план на производствена линия с роботизирани клетки покрай конвейер и графики на производителността им',
    de: 'ein Hallenplan einer Fertigungslinie mit Roboterzellen am Förderband und ihren Leistungsdiagrammen',
  },
  robot: {
    en: 'an industrial robot arm in a fenced cell beside a conveyor and a control cabinet',
    bg: 'индустриална роботизирана ръка в оградена клетка до конвейер и табло за управление',
    de: 'ein Industrieroboterarm in einer umzäunten Zelle neben einem Förderband und einem Schaltschrank',
  },
  board: {
    en: 'an electronics board with a processor, a radio module with its antenna and status lights',
    bg: 'електронна платка с процесор, радиомодул с антена и светлинни индикатори',
    de: 'eine Elektronikplatine mit Prozessor, Funkmodul mit Antenne und Statusleuchten',
  },
  'board-cad': {
    en: 'a circuit board layout open in a design tool',
    bg: 'разположение на печатна платка, отворено в програма за проектиране',
    de: 'ein Leiterplattenlayout in einem Entwurfswerkzeug',
  },
  'e-form': {
    en: 'an online application form with progress steps, input fields, a document upload and a checklist',
    bg: 'онлайн формуляр за заявление със стъпки, полета за попълване, качване на документ и списък за проверка',
    de: 'ein Online-Antragsformular mit Fortschrittsschritten, Eingabefeldern, Dokumenten-Upload und Checkliste',
  },
  identity: {
    en: 'a sign-in page offering electronic identity, beside a phone asking for a fingerprint',
    bg: 'страница за вход с електронна идентичност до телефон, който иска пръстов отпечатък',
    de: 'eine Anmeldeseite mit elektronischer Identität neben einem Smartphone, das einen Fingerabdruck anfordert',
  },
  patient: {
    en: 'a patient record with vital signs, an ECG trace, a timeline of visits and a medication list',
    bg: 'пациентско досие с жизнени показатели, ЕКГ крива, хронология на посещенията и списък с лекарства',
    de: 'eine Patientenakte mit Vitalwerten, EKG-Kurve, Besuchsverlauf und Medikationsliste',
  },
  telecare: {
    en: "a video consultation with a doctor, the patient's vital signs and a chat",
    bg: 'видеоконсултация с лекар, жизнените показатели на пациента и чат',
    de: 'eine Videosprechstunde mit Arzt, den Vitalwerten des Patienten und einem Chat',
  },
  exchange: {
    en: 'hospital, laboratory and practice systems exchanging records through a central hub',
    bg: 'болнични, лабораторни и лекарски системи, които обменят данни през централен възел',
    de: 'Krankenhaus-, Labor- und Praxissysteme, die über einen zentralen Knoten Daten austauschen',
  },
  'api-hub': {
    en: 'banking systems and apps connected through a central interface hub',
    bg: 'банкови системи и приложения, свързани през централен интерфейсен възел',
    de: 'Banksysteme und Apps, die über einen zentralen Schnittstellenknoten verbunden sind',
  },
  course: {
    en: "an online course page with a lesson video, the learner's progress and the list of lessons",
    bg: 'страница на онлайн курс с видеоурок, напредъка на обучаемия и списък с уроците',
    de: 'eine Online-Kursseite mit Lernvideo, Lernfortschritt und Lektionsliste',
  },
  skills: {
    en: 'a skills matrix of team members and a radar chart comparing the team with its target profile',
    bg: 'матрица на уменията на екипа и паякообразна диаграма, която сравнява екипа с целевия профил',
    de: 'eine Kompetenzmatrix des Teams und ein Netzdiagramm, das das Team mit dem Zielprofil vergleicht',
  },
  payment: {
    en: "a checkout on a phone with a payment card, beside the merchant's revenue chart and transactions",
    bg: 'плащане на телефон с банкова карта до графиката на приходите и транзакциите на търговеца',
    de: 'ein Bezahlvorgang auf dem Smartphone mit Zahlungskarte neben Umsatzdiagramm und Transaktionen des Händlers',
  },
  terminal: {
    en: 'a code editor and terminal below a build pipeline whose stages have passed',
    bg: 'редактор на код и терминал под конвейер за компилиране с преминали етапи',
    de: 'ein Code-Editor mit Terminal unter einer Build-Pipeline mit bestandenen Stufen',
  },
  kanban: {
    en: 'a board of cards moving through four stages',
    bg: 'табло с карти, които преминават през четири етапа',
    de: 'ein Board mit Karten, die vier Phasen durchlaufen',
  },
  plan: {
    en: 'a project plan with phases, milestones and a line marking today',
    bg: 'план на проект с фази, ключови етапи и линия, отбелязваща днешния ден',
    de: 'ein Projektplan mit Phasen, Meilensteinen und einer Linie für heute',
  },
  design: {
    en: 'a design tool with app screens on a canvas, colour swatches and a cursor',
    bg: 'програма за дизайн с екрани на приложение върху платно, цветова палитра и курсор',
    de: 'ein Designwerkzeug mit App-Screens auf der Arbeitsfläche, Farbfeldern und Mauszeiger',
  },
  phones: {
    en: 'three phones showing different app screens',
    bg: 'три телефона с различни екрани на приложение',
    de: 'drei Smartphones mit verschiedenen App-Screens',
  },
  translation: {
    en: 'a translation editor with source and target segments side by side and their match scores',
    bg: 'редактор за превод с изходните и преведените сегменти един до друг и степента им на съвпадение',
    de: 'ein Übersetzungseditor mit Ausgangs- und Zielsegmenten nebeneinander und ihren Übereinstimmungswerten',
  },
  speech: {
    en: "a recording's waveform, coloured by speaker, above its transcript",
    bg: 'звуковата вълна на запис, оцветена по говорещи, над транскрипцията ѝ',
    de: 'die Wellenform einer Aufnahme, nach Sprechern eingefärbt, über ihrem Transkript',
  },
  cluster: {
    en: 'server nodes filled with running workloads, above a usage chart',
    bg: 'сървърни възли с работещи натоварвания над графика на използването',
    de: 'Serverknoten mit laufenden Workloads über einem Auslastungsdiagramm',
  },
  storage: {
    en: 'a storage browser with a list of buckets and a grid of files',
    bg: 'браузър за хранилище със списък от кофи и мрежа от файлове',
    de: 'ein Speicher-Browser mit einer Bucket-Liste und einem Raster von Dateien',
  },
  security: {
    en: 'a security operations view with attacks on a world map, counters by severity and an alert queue',
    bg: 'изглед на център за сигурност с атаки върху карта на света, броячи по сериозност и опашка от сигнали',
    de: 'eine Security-Operations-Ansicht mit Angriffen auf einer Weltkarte, Zählern nach Schweregrad und einer Alarmliste',
  },
  dashboard: {
    en: 'a dashboard of key figures with an area chart, a ring chart and a table',
    bg: 'табло с ключови показатели, площна и кръгова диаграма и таблица',
    de: 'ein Dashboard mit Kennzahlen, Flächen- und Ringdiagramm und einer Tabelle',
  },
  analytics: {
    en: 'an analytics view with a bar chart, key figures, progress bars and a trend chart',
    bg: 'аналитичен изглед със стълбовидна диаграма, ключови показатели, ленти за напредък и графика на тенденцията',
    de: 'eine Analyseansicht mit Balkendiagramm, Kennzahlen, Fortschrittsbalken und Trenddiagramm',
  },
  operations: {
    en: 'an operations view with a map of connected sites, an activity feed and a timeline',
    bg: 'оперативен изглед с карта на свързани обекти, поток от събития и времева линия',
    de: 'eine Betriebsansicht mit einer Karte verbundener Standorte, einem Aktivitätsverlauf und einer Zeitleiste',
  },
}

/** By event kind (see content/README.md); an unknown kind is pictured as a conference. */
export const EVENT_SCENE_ALT: Record<string, Localized> = {
  conference: {
    en: 'an audience in a conference hall facing a stage with a presentation on the screen',
    bg: 'публика в конферентна зала пред сцена с презентация на екрана',
    de: 'Publikum in einem Konferenzsaal vor einer Bühne mit einer Präsentation auf der Leinwand',
  },
  workshop: {
    en: 'a workshop table seen from above with laptops, sticky notes and coffee cups',
    bg: 'работна маса, гледана отгоре, с лаптопи, лепящи бележки и чаши кафе',
    de: 'ein Workshoptisch von oben mit Laptops, Haftnotizen und Kaffeetassen',
  },
  webinar: {
    en: 'a laptop on a desk showing a presentation and the participants of a video call',
    bg: 'лаптоп на бюро с презентация и участниците във видеоразговор',
    de: 'ein Laptop auf einem Schreibtisch mit einer Präsentation und den Teilnehmenden eines Videocalls',
  },
  'b2b-matchmaking': {
    en: 'pairs of people talking at small tables in a hall',
    bg: 'двойки хора, които разговарят на малки маси в зала',
    de: 'Gesprächspaare an kleinen Tischen in einem Saal',
  },
  'trade-mission': {
    en: "a delegation looking at a city's skyline at dusk, with a plane on its route",
    bg: 'делегация пред силуета на град по залез и самолет по маршрута си',
    de: 'eine Delegation vor der Skyline einer Stadt in der Abenddämmerung, mit einem Flugzeug auf seiner Route',
  },
  'cluster-meeting': {
    en: 'members in a hemicycle raising green voting cards in front of the presiding table',
    bg: 'членове в полукръгла зала, вдигнали зелени карти за гласуване пред председателството',
    de: 'Mitglieder in einem Halbrund, die vor dem Präsidium grüne Stimmkarten heben',
  },
}

export const COVER_SCENE_ALT: Record<CoverScene, Localized> = {
  strategy: {
    en: 'a road winding through hills up to a flag on a summit',
    bg: 'път, който се вие през хълмове към знаме на връх',
    de: 'ein Weg, der sich durch Hügel zu einer Fahne auf dem Gipfel windet',
  },
  'market-study': {
    en: 'a dotted map with market bubbles under a magnifying glass',
    bg: 'точкова карта с пазарни кръгове под лупа',
    de: 'eine gepunktete Karte mit Marktblasen unter einer Lupe',
  },
  report: {
    en: 'columns rising from left to right under a trend line',
    bg: 'колони, които растат отляво надясно под линия на тенденцията',
    de: 'von links nach rechts ansteigende Säulen unter einer Trendlinie',
  },
  survey: {
    en: 'a ring chart of answers above the people surveyed and a ticked questionnaire',
    bg: 'кръгова диаграма на отговорите над анкетираните и попълнен въпросник',
    de: 'ein Ringdiagramm der Antworten über den Befragten und ein angekreuzter Fragebogen',
  },
  'policy-brief': {
    en: 'a shield with a check mark in front of fanned-out pages',
    bg: 'щит с отметка пред разпилени страници',
    de: 'ein Schild mit Häkchen vor aufgefächerten Seiten',
  },
  newsletter: {
    en: 'a collage of small pictures: a skyline, people, a chart and a globe',
    bg: 'колаж от малки картини: силует на град, хора, графика и глобус',
    de: 'eine Collage kleiner Bilder: eine Skyline, Menschen, ein Diagramm und ein Globus',
  },
}
