// Common first names in the UK (England, Scotland, Wales and Northern Ireland, across
// generations and the main communities), lower case. Used only to warn that a text may
// name someone; it is a prompt to look again, never a guarantee.

/** Names that are only names. */
export const FIRST_NAMES = `
aaron abbie abby abdul abigail adam adeel adrian agnes ahmed aidan aileen ailsa aimee aisha
aiden alan alana alasdair alastair albert alec alex alexander alexandra alexis alfie ali alice
alicia alison alistair allan amanda amara amelia amir amira amy andrea andrew andy angela
angus anita ann anna annabel anne annie anthony antonia anya archie arjun arlo arthur ashley
aurora ava ayesha barbara barry beatrice becky ben benjamin bernadette beth bethan bethany
betty beverley billy blessing bogdan brandon brenda brendan brian bridget bronwen bryony
caitlin caleb callum calum cameron caoimhe carl carla carly caroline carys catherine cathy
cerys chantelle charlene charlie charlotte chelsie cheryl chidi chloe chris christina
christine christopher ciara ciaran claire clara clare colette colin connor conor craig
dafydd damian daniel danielle darren david dawid deborah declan deirdre denise
derek diane dominic donna dylan eamon eddie edith edward eileen eilidh elaine eleanor elena
eliza elizabeth ella ellie elliot elliott elsie emily emma emmanuel eoin erin ethan euan
evan evelyn ewan faisal fatima fergus finlay finley finn fiona francesca fraser
freddie freya gareth gary gavin gemma geoffrey george georgina gerard gillian gordon graham
greg gregor gwen hamish hamza hannah harriet harrison harvey hassan hayley heidi helen henry
hollie hugh iain ian ibrahim imogen isaac isabel isabella isabelle isla ivan jacob jacqueline
jakub james jamie jane janet janice jason jayden jennifer jenny jeremy jessica jill joanna
joanne jodie joe joel john jonathan joseph josephine joshua joyce judith julia julie justin
kacper kai karen karl kate katherine kathleen kathryn katie katrina kayleigh keith kelly
kenneth kevin kieran kirsty kirsten kwame kyle laila lana laura lauren layla leah
leanne leila leo leon lesley leslie lewis liam linda lindsay lisa logan lois lola lorna
lorraine louis louise lucas lucy luke lynn lynne mackenzie maddison madison magdalena maisie
malcolm maria marian marie marion martin martyn mary maryam matilda matthew maureen megan
mehmet melissa mhairi michael michelle mohammed mohammad mohamed morag muhammad nadia naomi
natalie natasha nathan neil niamh nicholas nicola nikita noah oisin oliver olivia
oliwia omar oscar owain owen paige pamela patricia patrick paul pauline peter philip phoebe
piotr priya rachel rajesh rebecca rhiannon rhys richard robert robyn rory rosie ross
ruth ryan sadie sally samantha samir samuel sandra sara sarah scarlett sean seren shannon
sharon shauna sheila shirley shona sian simon sinead siobhan sion sofia sophia sophie
stacey stefan stella stephanie stephen steven stewart stuart susan suzanne tanya teresa
thomas tiffany tom tomasz toby tracey tracy tyler tyrone valerie vanessa vicky vivienne
wendy wiktoria william yasmin yusuf zac zachary zainab zara zoe zofia zuzanna
`;

/**
 * Names that are also everyday words, months or places ("Will", "May", "Grace", "Jordan").
 * They count only with a surname after them or where the context says it is a person.
 */
export const AMBIGUOUS_FIRST_NAMES = `
al amber angel daisy florence kerry norman rio april art ash august autumn bailey bill bob bonnie brook brooke carol chance
charity chase chelsea christian cliff coral crystal dale dawn dean destiny don dot drew dusty
eden eve faith fern frank gene georgia glen grace guy harmony harry hazel heather holly honor
hope hunter india iona iris ivy jack jade jasmine jay jean jordan joy june kit kitty lily
mark mason max may mercy miles misty olive paris pat patience pearl penny poppy rae rain ray
reed river rob robin rose rowan ruby rusty sandy sky skye sonny star storm summer sunny
sydney taylor victor victoria violet wade will willow winter
`;

/** Words that may follow a first name or a relation word without being a surname. */
export const NOT_NAMES = `
a an and are as at baby but by carer child council did does for from had has have he her his
i if in is it mum dad mother father no not of on or parent person said says she so social
that the then they to was we were when who with worker yes you
`;

export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * Capitalised words that stand before "said" or after "told" without being anyone's name:
 * pronouns and quantities at a sentence's start, the people and places of the work, days,
 * months, agencies, and the theorists whose models groups discuss ("Gibbs says", "Fook's lenses").
 */
export const NOT_PEOPLE = `
all anybody anyone both each either everybody everyone few he her him his i it many most
neither nobody none noone one others our she several some somebody someone that their them
these they this those two three us we what which who you
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december christmas easter today yesterday
tomorrow
afterwards after again also although and because before but earlier eventually finally first
instead later meanwhile next now once perhaps maybe sometimes suddenly then when while yet
staff police court judge magistrate magistrates panel conference chair team manager managers
school nursery health housing education council government ofsted cafcass barnardo barnardos
doctor nurse teacher teachers headteacher midwife paediatrician health visitor gp
parents children families colleagues members participants practitioners workers people kids
young residents neighbours professionals agencies services reception legal duty
everyone group facilitator presenter supervisor supervision literature research evidence
guidance policy procedure legislation theory practice
centrelink medicare tusla garda gardai whanau ora oranga tamariki kainga hse nhs
england scotland wales ireland britain australia canada zealand america
gibbs brookfield fook gardner schon kolb johns borton driscoll rolfe munro ferguson freire
dewey mezirow boud moon ruch trevithick howe bowlby maslow bronfenbrenner winnicott ainsworth
rogers egan dominelli payne lishman kadushin hawkins shohet morrison wonnacott honey mumford
argyris healy parton featherstone laming beckett thompson
`;
