/**
 * Nouns of animals that people keep, work, race, show or name: pets, dogs and their breeds, cats, horses, livestock, caged and
 * hunting birds, small pets and reptiles, and the large animals a zoo or a sanctuary names. Written from those general
 * categories (not from any one sentence): a name in apposition to one of them, or given to one ("his collie, Houston,", "a
 * Labrador called Dallas"), is the animal's (lib/entities/animal-names.ts).
 * Left out: nouns that are as often something else before a name ("boxer", "pointer", "seal", "crane", "bull", "python",
 * "mouse", "kitty", "cub", "stag") and nationality-like breeds ("Persian", "Siamese", "Maltese").
 */
const split = (s: string): string[] => s.split(' ');

/** Animals in lower case, singular (a plural "s" or "es" is read by the caller). */
export const ANIMAL_NOUNS: readonly string[] = split(
  // pets and dogs
  'pet dog puppy pup hound mutt pooch doggy collie terrier spaniel retriever poodle beagle dachshund greyhound whippet lurcher ' +
    'bulldog mastiff sheepdog husky corgi pug schnauzer labradoodle cockapoo cockerpoo setter vizsla bloodhound foxhound wolfhound ' +
    'deerhound staffie staffy springer cocker rottweiler doberman weimaraner ' +
    // cats
    'cat kitten tomcat tabby moggy moggie ' +
    // horses and livestock
    'horse racehorse pony mare stallion colt filly gelding foal thoroughbred donkey mule cow heifer calf steer ox pig sow piglet ' +
    // horse breeds no place or people is called ("his Haflinger, Tirol,": the horse)
    'haflinger percheron appaloosa lipizzaner palomino warmblood ' +
    'goat sheep ewe lamb llama alpaca camel ' +
    // birds
    'parrot budgie budgerigar cockatoo macaw parakeet canary hen rooster cockerel duck goose gander swan pigeon hawk falcon eagle owl ' +
    // small pets and reptiles
    'rabbit bunny hamster gerbil ferret guinea-pig tortoise turtle terrapin lizard iguana gecko snake goldfish koi ' +
    // zoo and wild animals given names
    'elephant gorilla chimp chimpanzee orangutan monkey panda giraffe lion lioness tiger tigress bear whale orca dolphin otter ' +
    'penguin rhino hippo zebra kangaroo koala wolf fox deer reindeer moose bison crocodile alligator',
);

/** Breeds written with a capital ("his Labrador", "a Dalmatian"), some of them a place's name too: read only after a determiner. */
export const CAPITAL_BREEDS: readonly string[] = split('labrador dalmatian alsatian pomeranian chihuahua newfoundland akita samoyed clydesdale');

/**
 * Nouns left out above as often something else ("Monty Python", "a boxer", "a mouse click") but an animal's after "pet" ("the owner's
 * pet python, Montana,"), with small pets kept in tanks and cages that name no one else.
 */
export const PET_ONLY_NOUNS: readonly string[] = split('python boa constrictor rat mouse boxer kitty tarantula spider scorpion axolotl chinchilla');
