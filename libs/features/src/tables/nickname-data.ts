/**
 * English given names and their common nicknames/diminutives, one formal name per line:
 * `Formal: nick, nick, …`. Compiled from common US/Canadian usage (the same relations as the
 * public-domain genealogy nickname lists, e.g. the carltonnorthern/nicknames and the
 * "Given name variants" tables). A nickname may belong to several formal names (Al, Bert, Ronnie…).
 */
export const NICKNAME_DATA = `
Aaron: Ron, Ronnie, Erin
Abigail: Abby, Abbie, Gail, Nabby
Abraham: Abe, Bram
Adaline: Addie, Ada, Dell
Adelaide: Addie, Adele, Della, Heidi
Adeline: Addie, Ada, Della
Adrian: Ade, Adie
Agatha: Aggie, Addie
Agnes: Aggie, Nessa, Inez
Albert: Al, Bert, Albie, Bertie
Alberta: Bert, Bertie, Allie
Alexander: Alex, Al, Alec, Lex, Sandy, Xander, Sasha, Alek, Zander
Alexandra: Alex, Alexa, Ali, Lexi, Lexie, Sandra, Sandy, Sasha, Xandra
Alexis: Alex, Lexi, Lexie
Alfred: Al, Alf, Alfie, Fred, Freddie, Freddy
Alfreda: Freda, Freddie, Alfie
Alice: Allie, Ally, Alli, Elsie
Alicia: Allie, Ally, Lisa, Alli
Allison: Allie, Ally, Ali, Sonny
Alonzo: Lon, Lonnie, Al
Alphonso: Al, Fonzie, Lon
Alvin: Al, Vin, Vinny
Amanda: Mandy, Manda, Amy
Amelia: Amy, Millie, Mel, Emily
Andrea: Andy, Drea, Andie
Andrew: Andy, Drew, Andre
Angela: Angie, Angel, Ange
Anita: Nita, Annie
Ann: Annie, Nan, Nancy, Nanny
Anna: Annie, Nan, Ann, Anya
Anne: Annie, Nan, Nancy
Annabelle: Anna, Annie, Belle, Bella
Anthony: Tony, Ant, Anton
Antoinette: Toni, Netta, Nettie, Ann
Antonia: Toni, Tonia, Tonya
Archibald: Archie, Arch, Baldie
Arlene: Arly, Lena
Arnold: Arnie, Arn
Arthur: Art, Artie, Arty
Augustine: Gus, Austin, Augie
Augustus: Gus, Augie, August
Barbara: Barb, Barbie, Babs, Bobbie
Bartholomew: Bart, Barty, Mat
Beatrice: Bea, Bee, Trixie, Bebe
Belinda: Linda, Belle, Bella
Benedict: Ben, Bennie, Benny
Benjamin: Ben, Benny, Benji, Bennie, Jamie
Bernadette: Bernie, Detta, Dette
Bernard: Bernie, Barney, Bernardo
Bertha: Bert, Bertie, Birdie
Bertram: Bert, Bertie
Beverly: Bev
Bradford: Brad, Ford
Bradley: Brad
Brenda: Bren
Bridget: Bridie, Biddy, Bridgie, Bitsy
Broderick: Brody, Rick, Ricky, Rod
Caleb: Cal
Calvin: Cal, Vin, Vinny
Cameron: Cam, Ron, Ronnie
Camille: Cammie, Millie
Candace: Candy, Dacey
Carl: Charlie, Carlie
Carlotta: Lottie, Carly
Carol: Carrie, Lynn, Caddie
Caroline: Carrie, Carol, Callie, Caddie, Lynn
Carolyn: Carrie, Carol, Lynn, Callie
Catherine: Cathy, Cat, Kate, Katie, Kay, Cassie, Kitty, Trina
Cecilia: Cece, Celia, Cissy, Sissy
Cedric: Ced, Rick, Ricky
Charles: Charlie, Chuck, Chas, Chaz, Chip, Carl, Chad, Charley
Charlotte: Charlie, Lottie, Lotta, Char, Sherry
Cheryl: Cher, Sherry
Christian: Chris, Kit, Christy
Christina: Chris, Chrissy, Tina, Christy, Kristy
Christine: Chris, Chrissy, Tina, Christy, Kristy
Christopher: Chris, Kit, Topher, Kris, Christy
Clarence: Clare, Clair
Clarissa: Clara, Cissy, Risa
Clifford: Cliff, Ford
Clifton: Cliff, Tony
Cornelius: Neil, Corny, Con, Neely
Cornelia: Nellie, Corrie, Neely
Cynthia: Cindy, Cyndi, Cinthy
Daniel: Dan, Danny, Dani
Danielle: Dani, Ellie, Danni
David: Dave, Davey, Davy, Day
Deborah: Deb, Debbie, Debby, Debra
Delbert: Del, Bert, Dell
Denise: Dee, Neecy
Dennis: Denny, Den
Derrick: Derry, Rick, Ricky
Diana: Di, Dee, Diane
Dolores: Lola, Dee, Dodie, Lolly
Dominic: Dom, Nick, Nicky
Donald: Don, Donnie, Donny
Dorothy: Dot, Dottie, Dolly, Dora, Dori
Douglas: Doug, Dougie
Earnest: Ernie, Ern
Ebenezer: Eb, Ebbie, Eben
Edgar: Ed, Eddie, Ned
Edith: Edie, Edye
Edmund: Ed, Eddie, Ned, Ted
Edward: Ed, Eddie, Eddy, Ned, Ted, Teddy, Ward
Edwin: Ed, Eddie, Win, Ned, Ted
Eleanor: Ellie, Elle, Nell, Nellie, Nora, Lenore, Ella
Elias: Eli, Lias
Elijah: Eli, Lige
Elizabeth: Liz, Lizzie, Beth, Betty, Bess, Bessie, Betsy, Eliza, Libby, Elsie, Lisa, Liza, Lisbeth, Ellie, Betts
Ellen: Ellie, Nell, Nellie, Elle
Eloise: Lois, Ellie
Emanuel: Manny, Manuel, Mannie
Emily: Em, Emmy, Millie, Emmie
Emma: Em, Emmy, Emmie
Eric: Rick, Ricky
Ernest: Ernie, Ern
Esther: Essie, Hetty, Tess
Eugene: Gene, Eugie
Eugenia: Gena, Genie, Jean
Evangeline: Eva, Eve, Vangie, Evie
Evelyn: Eve, Evie, Lynn, Eva
Ezekiel: Zeke, Zeek
Ezra: Ez
Faith: Fay, Faye
Felicia: Fel, Lisa, Felice
Florence: Flo, Flossie, Florrie, Floss
Frances: Fran, Frannie, Fanny, Frankie, Franny
Francine: Fran, Frannie, Franny
Francis: Frank, Fran, Frankie
Franklin: Frank, Frankie
Frederick: Fred, Freddie, Freddy, Fritz, Rick, Ricky
Fredericka: Freda, Freddie, Ricka
Gabriel: Gabe, Gabby
Gabrielle: Gabby, Gabi, Ella, Brie
Garrett: Gary, Garry
Geoffrey: Geoff, Jeff
Gerald: Gerry, Jerry
Geraldine: Gerry, Geri, Jerry, Dina
Gertrude: Gertie, Trudy, Trudie
Gilbert: Gil, Bert, Gilly
Gloria: Glory
Gregory: Greg, Gregg
Gwendolyn: Gwen, Wendy
Hannah: Ann, Anna, Nan, Hanna
Harold: Hal, Harry
Harriet: Hattie, Hatty, Harry
Harrison: Harry, Harris
Helen: Nell, Nellie, Lena, Ellen
Helena: Lena, Nell, Ellie
Henrietta: Etta, Hetty, Nettie, Retta
Henry: Hank, Harry, Hal, Hen
Herbert: Herb, Bert, Herbie
Herman: Hermie, Manny
Hezekiah: Hez, Kiah
Horace: Harry, Race
Howard: Howie, Hal
Hubert: Hugh, Bert, Hub
Ignatius: Iggy, Nate
Irene: Rena, Reenie
Isaac: Ike, Zack
Isabel: Izzy, Bella, Belle, Isa, Ibby
Isabella: Izzy, Bella, Belle, Isa
Isaiah: Ike, Zay
Isidore: Izzy, Dore
Jacob: Jake, Jack, Jay, Coby
Jacqueline: Jackie, Jacky, Jack
James: Jim, Jimmy, Jamie, Jem, Jimbo
Jane: Janie, Jan, Jenny, Jenn
Janet: Jan, Jen, Jenny, Nettie
Janice: Jan, Jannie
Jasper: Jas, Jazz
Jean: Jeannie, Jeanie
Jeffrey: Jeff, Geoff
Jennifer: Jen, Jenny, Jenn, Jenni, Jennie
Jeremiah: Jerry, Jeremy, Jem
Jeremy: Jerry, Jem
Jerome: Jerry, Rome
Jessica: Jess, Jessie, Jessy
Joanna: Jo, Joey, Jody, Anna
Joanne: Jo, Jodi, Jody, Joey
Johanna: Jo, Jody, Hannah
John: Jack, Johnny, Jon, Jock, Jackie
Jonathan: Jon, Jonny, Nathan, Nate, John
Joseph: Joe, Joey, Jo, Jos
Josephine: Jo, Josie, Joey, Pheny, Fina
Joshua: Josh
Judith: Judy, Jude, Jodie
Julia: Julie, Jules
Julian: Jules
Julius: Jules, Jule
Justin: Justy, Jus
Katherine: Kathy, Kate, Katie, Kat, Kay, Kitty, Kit, Trina, Cathy
Kathleen: Kathy, Kate, Katie, Kay, Kit
Kelvin: Kel
Kenneth: Ken, Kenny
Kimberly: Kim, Kimmie, Kimmy
Kristen: Kris, Krissy, Kristy
Lafayette: Laffie, Fate
Lawrence: Larry, Lars, Laurie, Lawrie, Lon
Leonard: Leo, Len, Lenny, Leon
Leonora: Nora, Lenora, Nell, Leo
Leroy: Roy, Lee
Leslie: Les, Lee
Lillian: Lil, Lilly, Lily, Lila, Lolly
Lincoln: Link, Linc
Lindsay: Lindy
Lorraine: Lori, Rainy
Louis: Lou, Louie, Lewis
Louisa: Lou, Lu, Lulu, Louise
Louise: Lou, Lu, Lulu, Weezy
Lucille: Lucy, Lu, Cille
Lucinda: Lucy, Cindy, Lu
Luther: Luke, Lute
Lydia: Liddy, Lyddie
Mackenzie: Kenzie, Mac, Mack
Madeline: Maddie, Maddy, Lina, Mady
Madison: Maddie, Maddy, Mattie
Magdalena: Maggie, Lena, Magda
Malcolm: Mal, Mac, Malc
Margaret: Maggie, Meg, Peg, Peggy, Marge, Margie, Madge, Greta, Gretta, Daisy, Mae, Mamie, Molly, Midge, Rita, Margo
Marjorie: Marge, Margie, Jorie
Martha: Marty, Mattie, Patsy, Patty
Martin: Marty, Mart
Marvin: Marv
Mary: Molly, Polly, Mae, Mamie, Mollie, Mimi, Minnie, Mitzi
Matilda: Tilly, Tillie, Mattie, Maud
Matthew: Matt, Matty, Mat
Maureen: Mo, Mary
Maurice: Morey, Mo, Morris
Maximilian: Max
Maxine: Max
Maxwell: Max
Melanie: Mel, Mellie
Melinda: Mindy, Linda, Mel
Melissa: Mel, Missy, Lisa, Lissa, Milly
Michael: Mike, Mikey, Mick, Mickey, Micky, Mitch
Michelle: Shelly, Mickey, Shell, Chelle
Mildred: Millie, Milly, Mil
Millicent: Millie, Milly, Missy
Miranda: Randy, Mandy, Mira
Mitchell: Mitch
Montgomery: Monty, Gum
Nancy: Nan, Nance, Ann
Natalie: Nat, Nattie, Talie
Nathan: Nate, Nat
Nathaniel: Nate, Nat, Nathan, Than
Nelson: Nels, Nel
Nicholas: Nick, Nicky, Nico, Nic, Claus
Nicole: Nikki, Nicki, Nic, Cole
Norbert: Bert, Norb
Octavia: Tavia, Tave
Oliver: Ollie, Noll
Olivia: Liv, Livvy, Ollie, Livia
Oswald: Ossie, Oz, Ozzie, Waldo
Pamela: Pam, Pammy
Patience: Patty
Patricia: Pat, Patty, Patsy, Trish, Tricia, Tish, Trisha
Patrick: Pat, Paddy, Patsy, Rick
Paula: Polly, Paulie
Percival: Percy
Peter: Pete, Petey
Philip: Phil, Pip, Flip
Phillip: Phil, Pip
Phoebe: Fifi, Phebe
Priscilla: Cilla, Prissy, Cissy, Prissie
Prudence: Prudy, Prue, Pru
Rachel: Rach, Shelly, Rae
Randall: Randy, Rand
Randolph: Randy, Dolph, Rand
Raphael: Rafe, Ralph
Raymond: Ray
Rebecca: Becky, Becca, Reba, Beck
Reginald: Reggie, Reg, Rex, Naldo
Regina: Reggie, Gina
Richard: Rick, Ricky, Rich, Richie, Dick, Rico, Dicky
Robert: Bob, Bobby, Rob, Robbie, Robby, Bert, Bobbie, Robin, Dob
Roberta: Bobbie, Bobby, Robbie, Bertie
Roderick: Rod, Roddy, Rick
Rodney: Rod, Roddy
Roger: Rodge, Roge
Ronald: Ron, Ronnie, Ronny, Ronda
Rosalind: Rosa, Rose, Roz, Linda
Rosalyn: Rose, Roz, Lynn
Rosemary: Rose, Rosie, Romy
Rudolph: Rudy, Dolph, Rolf, Rudi
Rufus: Rufe
Russell: Russ, Rusty
Samantha: Sam, Sammy, Mantha
Samuel: Sam, Sammy, Sammie
Sarah: Sally, Sadie, Sara, Sal
Sebastian: Seb, Bastian, Bash
Seymour: Sy, Morey
Sharon: Shari, Sherry
Sheldon: Shelly, Shel
Shirley: Shirl, Shelly
Sidney: Sid, Syd
Simon: Si, Sim
Solomon: Sol, Solly, Sal
Sophia: Sophie, Sophy, Fee
Stanley: Stan, Stanny
Stephanie: Steph, Stephie, Stevie, Annie
Stephen: Steve, Stevie, Steph
Steven: Steve, Stevie
Stewart: Stew, Stu
Stuart: Stu, Stew
Susan: Sue, Susie, Suzy, Sukey, Sus
Susannah: Sue, Susie, Suzy, Sukey, Hannah, Anna
Suzanne: Sue, Suzy, Susie
Sylvester: Sly, Syl, Vester, Vest
Sylvia: Syl, Sylvie
Tabitha: Tabby, Bitha
Teresa: Terry, Tess, Tessa, Tessie, Tracy, Terri
Theodora: Dora, Teddy, Thea, Theo
Theodore: Ted, Teddy, Theo, Ned, Dory
Theresa: Terry, Tess, Tessa, Tessie, Tracy, Terri
Thomas: Tom, Tommy, Thom, Tam
Timothy: Tim, Timmy
Tobias: Toby, Bias
Valentine: Val
Valerie: Val
Vanessa: Nessa, Vanna, Nessie
Veronica: Ronnie, Roni, Vonnie, Nicki, Franky
Victor: Vic, Vick
Victoria: Vicky, Vicki, Tori, Vic, Tory, Vickie
Vincent: Vince, Vinny, Vin, Vinnie
Violet: Vi, Lettie
Virginia: Ginny, Ginger, Jinny, Virgie
Vivian: Viv, Vivi
Walter: Walt, Wally
Wesley: Wes
Wilfred: Will, Willie, Fred, Wilf
Wilhelmina: Mina, Minnie, Willa, Billie, Wilma, Helmie
William: Will, Bill, Billy, Willy, Willie, Liam, Wills
Winfield: Win, Winny, Field
Winifred: Winnie, Freddie, Fred, Wina
Zachariah: Zach, Zack, Zak, Zeke
Zachary: Zach, Zack, Zak
Zebulon: Zeb
Adam: Ade, Addy
Alan: Al, Allie
Allen: Al, Allie
Alfonso: Al, Alf, Fonzie
Ambrose: Brose, Amby
Anastasia: Ana, Stacy, Stacey, Tasia
Angelina: Angie, Lina, Angel
Annette: Anna, Nettie, Netta
Arabella: Bella, Belle, Arabel
Barnabas: Barney, Barnie
Bethany: Beth
Benita: Nita, Bennie
Bonita: Bonnie, Nita
Bryan: Bry
Byron: Ronnie, Barney
Carmela: Carmie, Mela, Millie
Cassandra: Cassie, Sandra, Sandy, Cass
Clementine: Clem, Clemmie, Tina
Columbus: Clum, Lum
Constance: Connie, Connor
Courtney: Court, Corky
Curtis: Curt
Dalton: Dal
Dorothea: Dot, Dottie, Thea, Dora
Drusilla: Dru, Silla
Edna: Eddie, Edie
Elaine: Lainie, Ellie, Lanie
Elbert: Bert, El
Eliza: Liza, Lizzie
Elvira: Elvie
Emmanuel: Manny, Manuel
Ephraim: Eph
Estelle: Essie, Stella
Eunice: Nicie
Fernando: Nando, Fern
Geneva: Jennie, Gen
Genevieve: Gen, Genny, Eve, Jenny, Viv
Georgia: Georgie, Gina
George: Georgie, Jorge
Gideon: Gid
Gregor: Greg
Griffin: Griff
Gustavo: Gus, Tavo
Harvey: Harv, Hal
Heather: Hettie
Hezekia: Hez
Humphrey: Hump, Huey
Imogene: Immy, Gene
Jeannette: Jean, Nettie, Jenny
Jemima: Mima, Jem
Jessamine: Jessie, Jess
Jonah: Jon
Josiah: Joe, Jos
Joyce: Joy
Kendall: Ken, Kenny
Kendrick: Ken, Kenny, Rick
Lavinia: Vina, Viney, Ina
Lenora: Nora, Lee, Len
Leopold: Leo, Poldi, Lee
Loretta: Lorrie, Retta, Etta, Lori
Lucas: Luke
Lucian: Luke, Lucky
Luke: Lucky
Magnus: Mag, Manny
Marcus: Marc, Mark
Marianne: Mary, Annie, Marian
Marilyn: Mary, Lynn, Mare
Mathilda: Tilly, Tillie, Maud
Melvin: Mel
Micah: Mike
Minerva: Minnie, Nerva
Moses: Mo, Moe, Mose
Napoleon: Nap, Nappy, Leon
Nora: Norah
Obadiah: Obie, Diah
Penelope: Penny, Pen, Nellie
Philomena: Mena, Phil
Rhoda: Rodie
Rosalie: Rose, Rosie, Lee
Roxanne: Roxy, Ann
Rupert: Rupe
Sandra: Sandy, Sandi, Sondra
Selina: Lena, Sally
Silas: Si
Sophronia: Frona, Sophie, Phrony
Tamara: Tammy, Tam
Terence: Terry
Thaddeus: Thad, Tad, Ted
Tristan: Tris
Ulysses: Lyss, Uly
Vernon: Vern
Wallace: Wally
Warren: Renny
Wendell: Wendy, Dell
Wilbur: Will, Willie, Bert
Willard: Will, Willie, Bill
Winston: Win, Winnie
Yolanda: Yolie, Lana
Zechariah: Zach, Zack, Zeke
`;
