// Job-title words of Italian, Spanish, Portuguese, French and German in English (engine/titles/gloss.ts): the
// roles, trades and fields that card titles on European boards are made of. '' drops a word that says nothing
// of the job ("tempo indeterminato", "junior"). Written by hand; a word both English and foreign is left out.

export type TitleLanguage = 'it' | 'es' | 'pt' | 'fr' | 'de';

interface TitleWords {
  /** The job comes first ("addetto magazzino"): its gloss goes last, where an English title has its head. */
  headFirst: boolean;
  drop: ReadonlySet<string>;
  words: Readonly<Record<string, string>>;
}

const words = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .trim()
      .split(/\s*;\s*/)
      .filter(Boolean)
      .flatMap((entry) => {
        const [keys, english] = entry.split('=');
        return keys!.split(',').map((k) => [k.trim(), (english ?? '').trim()]);
      }),
  );

const drop = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const TITLE_WORDS: Record<TitleLanguage, TitleWords> = {
  it: {
    headFirst: true,
    drop: drop('di del della dello dei degli delle al alla allo ai agli alle il lo la i gli le l un una uno e ed per in con da su settore'),
    words: words(`
      addetto,addetta,addetti,addette=worker; operaio,operaia,operai,operaie=worker; magazzino=warehouse; magazziniere,magazziniera=warehouse worker;
      produzione=production; corriere,corrieri=courier; consegne,consegna=delivery; autista,autisti=driver; installatore,installatrice,installatori=installer;
      manutentore,manutentrice,manutentori=maintenance technician; manutenzione=maintenance; elettrico,elettrica,elettrici=electrical;
      elettromeccanico,elettromeccanica=electromechanical technician; perito,periti=engineering technician; meccanico,meccanica,meccanici=mechanical;
      sviluppatore,sviluppatrice,sviluppatori=developer; programmatore,programmatrice=programmer; tecnico,tecnica,tecnici=technician;
      ingegnere,ingegneri=engineer; impiegato,impiegata,impiegati=clerk; amministrativo,amministrativa=administrative; contabile=accountant;
      commesso,commessa,commessi=sales associate; cameriere,cameriera,camerieri=waiter; cuoco,cuoca=cook; aiuto=assistant; infermiere,infermiera,infermieri=nurse;
      segretario,segretaria=secretary; responsabile=manager; direttore,direttrice=director; commerciale,commerciali=sales; vendite=sales;
      venditore,venditrice=salesperson; agente=agent; consulente=consultant; logistica=logistics; pulizie=cleaner; carrellista,mulettista=forklift operator;
      saldatore,saldatrice=welder; elettricista,elettricisti=electrician; idraulico=plumber; muratore=bricklayer; falegname=carpenter;
      farmacista=pharmacist; medico=physician; insegnante,docente=teacher; educatore,educatrice=educator; operatore,operatrice,operatori=operator;
      assistente=assistant; cassiere,cassiera=cashier; autotrasportatore=truck driver; contabilità=accounting; acquisti=purchasing; qualità=quality;
      cliente,clienti=customer; assistenza=service; dati=data; progetto,progetti=project; tempo=; indeterminato,determinato=; stagionale=; apprendista=apprentice;
      tirocinio,tirocinante=intern; informatico,informatica=it; part-time=; full-time=
    `),
  },
  es: {
    headFirst: true,
    drop: drop('de del la el los las lo un una y e en para con a al por'),
    words: words(`
      desarrollador,desarrolladora,desarrolladores=developer; programador,programadora=programmer; ingeniero,ingeniera=engineer;
      técnico,técnica,tecnico,tecnica=technician; vendedor,vendedora=salesperson; dependiente,dependienta=sales associate; camarero,camarera=waiter;
      cocinero,cocinera=cook; enfermero,enfermera=nurse; conductor,conductora,chófer,chofer=driver; repartidor,repartidora=delivery driver; mozo=worker;
      almacén,almacen=warehouse; operario,operaria,operarios=worker; mecánico,mecanico=mechanic; electricista=electrician; contable=accountant;
      administrativo,administrativa=administrative assistant; auxiliar=assistant; asistente=assistant; recepcionista=receptionist; profesor,profesora,docente=teacher;
      médico,medico=physician; gerente=manager; jefe,jefa=manager; directora=director; comercial=sales representative; atención=service;
      limpieza=cleaner; soldador=welder; ventas=sales; producción=production; mantenimiento=maintenance; datos=data; proyectos,proyecto=project;
      consultor,consultora=consultant; cajero,cajera=cashier; cliente,clientes=customer; calidad=quality; enfermería=nursing; informática=it; prácticas,becario,becaria=intern
    `),
  },
  pt: {
    headFirst: true,
    drop: drop('de do da dos das o a os as um uma e em para com no na'),
    words: words(`
      desenvolvedor,desenvolvedora=developer; programador,programadora=programmer; engenheiro,engenheira=engineer; técnico,técnica=technician;
      vendedor,vendedora=salesperson; atendente=customer service representative; motorista=driver; entregador=delivery driver; auxiliar=assistant;
      assistente=assistant; operador,operadora=operator; gerente=manager; coordenador,coordenadora=coordinator; enfermeiro,enfermeira=nurse;
      professora=teacher; contador,contadora=accountant; almoxarife=warehouse clerk; estoquista=stock clerk; cozinheiro,cozinheira=cook; garçom=waiter;
      eletricista=electrician; mecânico=mechanic; dados=data; vendas=sales; suporte=support; qualidade=quality; manutenção=maintenance; produção=production;
      informática=it; sênior,pleno=; estágio,estagiário,estagiária=intern; banco=; talentos=
    `),
  },
  fr: {
    headFirst: true,
    drop: drop('de du des d la le les l un une et en pour au aux à'),
    words: words(`
      développeur,développeuse,developpeur=developer; ingénieur,ingénieure,ingenieur=engineer; technicien,technicienne=technician; chef=manager;
      responsable=manager; directeur,directrice=director; commerciale=sales representative; vendeur,vendeuse=salesperson; conseiller,conseillère=advisor;
      assistante=assistant; secrétaire=secretary; comptable=accountant; infirmier,infirmière=nurse; aide-soignant,aide-soignante=nursing assistant;
      chauffeur=driver; livreur,livreuse=delivery driver; magasinier,magasinière=warehouse worker; préparateur,préparatrice=order picker; cariste=forklift operator;
      opérateur,opératrice=operator; ouvrier,ouvrière=worker; serveur,serveuse=waiter; cuisinier,cuisinière=cook; électricien,électricienne=electrician;
      mécanicien,mécanicienne=mechanic; enseignant,enseignante=teacher; données=data; ventes=sales; logistique=logistics; projet=project; commandes=order; informatique=it;
      entretien=maintenance; alternance,alternant,alternante=intern; h=; f=
    `),
  },
  de: {
    headFirst: false,
    drop: drop('und oder für im in der die das den dem des bei mit zum zur'),
    words: words(`
      softwareentwickler,softwareentwicklerin=software developer; entwickler,entwicklerin=developer; ingenieur,ingenieurin,fachingenieur,fachingenieurin=engineer;
      techniker,technikerin=technician; buchhalter,buchhalterin=bookkeeper; steuerfachangestellte,steuerfachangestellter=tax preparer;
      kaufmann,kauffrau=clerk; verkäufer,verkäuferin=salesperson; fahrer,fahrerin=driver; berufskraftfahrer,berufskraftfahrerin=truck driver;
      lagerist,lageristin,lagermitarbeiter,lagermitarbeiterin=warehouse worker; kommissionierer,kommissioniererin=order picker;
      pflegefachkraft,pflegefachfrau,pflegefachmann,krankenpfleger,krankenpflegerin=nurse; altenpfleger,altenpflegerin=nursing assistant;
      erzieher,erzieherin=preschool teacher; lehrer,lehrerin=teacher; elektriker,elektrikerin,elektroniker,elektronikerin=electrician;
      mechatroniker,mechatronikerin=mechatronics technician; mechaniker,mechanikerin=mechanic; koch,köchin=cook; kellner,kellnerin=waiter;
      reinigungskraft=cleaner; sachbearbeiter,sachbearbeiterin=clerk; projektleiter,projektleiterin,projektmanager,projektmanagerin=project manager;
      vertrieb=sales; vertriebsmitarbeiter,vertriebsmitarbeiterin=sales representative; leiter,leiterin=manager; berater,beraterin=consultant;
      mitarbeiter,mitarbeiterin=worker; brandschutz=fire protection; bauphysik=building; versuchsmechaniker,versuchsmechanikerin=mechanic;
      produktmanagement=product manager; projektmanagement=project manager; strategie=strategy; buchhaltung=accounting; bau=construction
    `),
  },
};
