<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArticleCards</name>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>When to get help</source>
        <translation>Cuándo buscar ayuda</translation>
    </message>
    <message>
        <source>Get help right away</source>
        <translation>Busque ayuda de inmediato</translation>
    </message>
    <message>
        <source>Call us if</source>
        <translation>Llámenos si</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR para %1</translation>
    </message>
    <message>
        <source>Read more on your phone</source>
        <translation>Lea más en su teléfono</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Pida una cita</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Revisado el %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>This article is general information, not medical advice. Talk to your doctor about your own health. In an emergency, call 911.</source>
        <translation>Este artículo es información general, no un consejo médico. Hable con su médico sobre su propia salud. En una emergencia, llame al 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Related topics</source>
        <translation>Temas relacionados</translation>
    </message>
    <message>
        <source>Request a call back about this</source>
        <translation>Pida que le llamemos sobre esto</translation>
    </message>
    <message>
        <source>Request a call back about this article</source>
        <translation>Pida que le llamemos sobre este artículo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>This page can&apos;t be shown right now.
Please ask the front desk.</source>
        <translation>Esta página no se puede mostrar ahora.
Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Pausar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation>Seguir leyendo en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Read this article aloud</source>
        <translation>Leer este artículo en voz alta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Read at normal speed</source>
        <translation>Leer a velocidad normal</translation>
    </message>
    <message>
        <source>Read more slowly</source>
        <translation>Leer más despacio</translation>
    </message>
    <message>
        <source>Sound is not available on this kiosk. Please ask the front desk.</source>
        <translation>El sonido no está disponible en este quiosco. Por favor, pregunte en la recepción.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the folder belongs to another user; nothing was written</source>
        <translation>la carpeta pertenece a otro usuario; no se escribió nada</translation>
    </message>
    <message>
        <source>it is a symbolic link, which exports never follow; nothing was written</source>
        <translation>es un enlace simbólico, y las exportaciones nunca siguen enlaces simbólicos; no se escribió nada</translation>
    </message>
    <message>
        <source>it is not a plain file; nothing was written</source>
        <translation>no es un archivo normal; no se escribió nada</translation>
    </message>
    <message>
        <source>its folder is a symbolic link or not a folder; nothing was written</source>
        <translation>su carpeta es un enlace simbólico o no es una carpeta; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome screen: touch to start</source>
        <translation>Pantalla de bienvenida: toque para empezar</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>Learn about your care while you wait</source>
        <translation>Infórmese sobre su atención mientras espera</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <source>The front desk will call you at %1, usually within one business day.</source>
        <translation>La recepción le llamará al %1, por lo general en un día hábil.</translation>
    </message>
</context>
<context>
    <name>CallbackScreen</name>
    <message>
        <source>Please check the answer marked in red.</source>
        <translation>Por favor, revise la respuesta marcada en rojo.</translation>
    </message>
    <message>
        <source>Please check the %1 answers marked in red.</source>
        <translation>Por favor, revise las %1 respuestas marcadas en rojo.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Sorry, we could not save your request just now. Please ask at the front desk and they will help you. What you typed is still here.</source>
        <translation>Lo sentimos, no pudimos guardar su solicitud en este momento. Por favor, pregunte en la recepción y le ayudarán. Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>Ask us to call you back</source>
        <translation>Pida que le llamemos</translation>
    </message>
    <message>
        <source>Leave your first name and phone number, and someone from our front desk will call you.</source>
        <translation>Deje su nombre y su número de teléfono, y alguien de nuestra recepción le llamará.</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>For example 301-555-0142</source>
        <translation>Por ejemplo, 301-555-0142</translation>
    </message>
    <message>
        <source>Which office should call you?</source>
        <translation>¿Qué consultorio debe llamarle?</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Consultorio: %1</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Mejor hora para llamarle</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>Best time to call: %1</source>
        <translation>Mejor hora para llamarle: %1</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>¿De qué le gustaría hablar?</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro tema</translation>
    </message>
    <message>
        <source>Anything else we should know? (optional)</source>
        <translation>¿Algo más que debamos saber? (opcional)</translation>
    </message>
    <message>
        <source>Note for the front desk, optional</source>
        <translation>Nota para la recepción, opcional</translation>
    </message>
    <message>
        <source>You may leave a voicemail</source>
        <translation>Pueden dejarme un mensaje de voz</translation>
    </message>
    <message>
        <source>You may send me a text message</source>
        <translation>Pueden enviarme un mensaje de texto</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>I agree to this information being stored</source>
        <translation>Acepto que se guarde esta información</translation>
    </message>
    <message>
        <source>Send my request</source>
        <translation>Enviar mi solicitud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CallbackTexts</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Voicemail OK</source>
        <translation>Acepta mensaje de voz</translation>
    </message>
    <message>
        <source>Text OK</source>
        <translation>Acepta mensaje de texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>the printer or PDF file could not be started</source>
        <translation>no se pudo iniciar la impresora o el archivo PDF</translation>
    </message>
    <message>
        <source>the printer or PDF file refused page %1</source>
        <translation>la impresora o el archivo PDF rechazó la página %1</translation>
    </message>
    <message>
        <source>No call-back requests match this selection.</source>
        <translation>Ninguna solicitud de llamada coincide con esta selección.</translation>
    </message>
    <message>
        <source>the printer or PDF file could not be finished</source>
        <translation>no se pudo terminar la impresión o el archivo PDF</translation>
    </message>
    <message>
        <source>Call-back requests</source>
        <translation>Solicitudes de llamada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Generated %1 · Requests: %2</source>
        <translation>Generado el %1 · Solicitudes: %2</translation>
    </message>
    <message>
        <source>the printed list needs the graphical part of Qt (a QGuiApplication)</source>
        <translation>la lista impresa necesita la parte gráfica de Qt (una QGuiApplication)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Best time, language</source>
        <translation>Mejor hora, idioma</translation>
    </message>
</context>
<context>
    <name>CallbackValidator</name>
    <message>
        <source>Please type your first name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <source>There is a hidden character in your first name. Please type it again.</source>
        <translation>Hay un carácter oculto en su nombre. Por favor, escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Please type your first name using letters.</source>
        <translation>Por favor, escriba su nombre con letras.</translation>
    </message>
    <message numerus="yes">
        <source>Your first name is too long. Please use %n characters or fewer.</source>
        <translation>
            <numerusform>Su nombre es demasiado largo. Por favor, use %n carácter como máximo.</numerusform>
            <numerusform>Su nombre es demasiado largo. Por favor, use %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose an office.</source>
        <translation>Por favor, elija un consultorio.</translation>
    </message>
    <message>
        <source>Please choose a topic from the list.</source>
        <translation>Por favor, elija un tema de la lista.</translation>
    </message>
    <message>
        <source>There is a hidden character in your note. Please type it again.</source>
        <translation>Hay un carácter oculto en su nota. Por favor, escríbala de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Your note is too long. Please use %n characters or fewer.</source>
        <translation>
            <numerusform>Su nota es demasiado larga. Por favor, use %n carácter como máximo.</numerusform>
            <numerusform>Su nota es demasiado larga. Por favor, use %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Por favor, escriba su número de teléfono.</translation>
    </message>
    <message>
        <source>Please use only numbers in your phone number.</source>
        <translation>Por favor, use solo números en su número de teléfono.</translation>
    </message>
    <message>
        <source>That phone number looks too short. Please check it and include the area code.</source>
        <translation>Ese número de teléfono parece demasiado corto. Por favor, revíselo e incluya el código de área.</translation>
    </message>
    <message>
        <source>That phone number looks too long. Please check it.</source>
        <translation>Ese número de teléfono parece demasiado largo. Por favor, revíselo.</translation>
    </message>
    <message>
        <source>The country code after the + doesn&apos;t look right. Please check it.</source>
        <translation>El código de país después del + no parece correcto. Por favor, revíselo.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number we can call. Please check it.</source>
        <translation>Ese no parece un número de teléfono al que podamos llamar. Por favor, revíselo.</translation>
    </message>
    <message>
        <source>Please tick the box to say we may store your request.</source>
        <translation>Por favor, marque la casilla para indicar que podemos guardar su solicitud.</translation>
    </message>
</context>
<context>
    <name>CallbackWords</name>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamada hecha</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ChoiceOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>OK, back to the start</source>
        <translation>Aceptar, volver al inicio</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message numerus="yes">
        <source>We keep your first name, phone number, office, best time to call, topic and note on this kiosk so that %1 can call you back. Only clinic staff can see them. We delete them within %n days. You do not need to leave a request to get care.</source>
        <translation>
            <numerusform>Guardamos su nombre, número de teléfono, consultorio, mejor hora para llamarle, tema y nota en este quiosco para que %1 pueda devolverle la llamada. Solo el personal de la clínica puede verlos. Los borramos en un plazo de %n día. No necesita dejar una solicitud para recibir atención.</numerusform>
            <numerusform>Guardamos su nombre, número de teléfono, consultorio, mejor hora para llamarle, tema y nota en este quiosco para que %1 pueda devolverle la llamada. Solo el personal de la clínica puede verlos. Los borramos en un plazo de %n días. No necesita dejar una solicitud para recibir atención.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>no se pudieron escribir los datos</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Front desk: call-back requests</source>
        <translation>Recepción: pedidos de llamada</translation>
    </message>
    <message>
        <source>Sign in to the clinic&apos;s server, %1, with your front-desk name and password.</source>
        <translation>Inicie sesión en el servidor de la clínica, %1, con su nombre y contraseña de recepción.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>CareKiosk front desk</source>
        <translation>CareKiosk: recepción</translation>
    </message>
    <message>
        <source>Locked after %1 seconds without use. Sign in again.</source>
        <translation>Bloqueado tras %1 segundos sin uso. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Type your front-desk name.</source>
        <translation>Escriba su nombre de recepción.</translation>
    </message>
    <message>
        <source>That name and password were not accepted by the server.</source>
        <translation>El servidor no aceptó ese nombre y esa contraseña.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the clinic&apos;s; not signed in. Please tell IT.</source>
        <translation>El certificado del servidor no es el de la clínica; no se inició sesión. Avise al servicio informático.</translation>
    </message>
    <message>
        <source>The server can&apos;t be reached. Check the network, or tell IT.</source>
        <translation>No se puede llegar al servidor. Revise la red o avise al servicio informático.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Where should the file go?</source>
        <translation>¿Dónde se debe guardar el archivo?</translation>
    </message>
    <message>
        <source>It holds visitors&apos; names and phone numbers.</source>
        <translation>Contiene nombres y números de teléfono de visitantes.</translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source>Something else</source>
        <translation>Otro tema</translation>
    </message>
</context>
<context>
    <name>ExportDestinations</name>
    <message>
        <source>USB drive %1 (%2)</source>
        <translation>Unidad USB %1 (%2)</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>Unidad USB %1</translation>
    </message>
</context>
<context>
    <name>ExternalLinkOverlay</name>
    <message>
        <source>Or call us:</source>
        <translation>O llámenos:</translation>
    </message>
    <message>
        <source>Open this on your phone</source>
        <translation>Ábralo en su teléfono</translation>
    </message>
    <message>
        <source>This link leads to a website. Point your phone&apos;s camera at the code to open it:
%1</source>
        <translation>Este enlace lleva a un sitio web. Apunte la cámara de su teléfono al código para abrirlo:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FormKeys</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome to %1. What would you like to read about?</source>
        <translation>Le damos la bienvenida a %1. ¿Sobre qué le gustaría leer?</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Featured</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>Buscar artículos…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Ask us to call you</source>
        <translation>Pida una llamada</translation>
    </message>
    <message>
        <source>Ask us to call you back</source>
        <translation>Pida que le llamemos</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>This page could not be shown</source>
        <translation>No se pudo mostrar esta página</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please try again from the home screen, or ask at the front desk.</source>
        <translation>Lo sentimos, algo salió mal. Por favor, vuelva a intentarlo desde la pantalla de inicio o pregunte en la recepción.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Digit %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>Plus sign, for a number from another country</source>
        <translation>Signo más, para un número de otro país</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Digit %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Letra %1</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Opening question mark</source>
        <translation>Signo de interrogación de apertura</translation>
    </message>
    <message>
        <source>Opening exclamation mark</source>
        <translation>Signo de exclamación de apertura</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>No staff PIN has been set on this kiosk yet. IT can set one on this computer with:
sudo carekiosk set-pin</source>
        <translation>Aún no se ha configurado un PIN de personal en este quiosco. El equipo de TI puede configurarlo en esta computadora con:
sudo carekiosk set-pin</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait %1:%2 before trying again.</source>
        <translation>Demasiados PIN incorrectos. Espere %1:%2 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR para %1</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Sound is not available on this kiosk</source>
        <translation>El sonido no está disponible en este quiosco</translation>
    </message>
    <message>
        <source>Sound is not available on this kiosk. Touch to try again.</source>
        <translation>El sonido no está disponible en este quiosco. Toque para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Leer esta pantalla en voz alta</translation>
    </message>
</context>
<context>
    <name>ScreenRouter</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>This article is not available in %1 yet. Here it is in %2.</source>
        <translation>Este artículo aún no está disponible en %1. Aquí lo tiene en %2.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type a word, like &quot;knee&quot; or &quot;migraine&quot;.</source>
        <translation>Escriba una palabra, como «rodilla» o «migraña».</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. Try another word.</source>
        <translation>No se encontró nada para «%1». Pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>1 article found</source>
        <translation>Se encontró 1 artículo</translation>
    </message>
    <message>
        <source>%1 articles found</source>
        <translation>Se encontraron %1 artículos</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Exports go to: %1</source>
        <translation>Las exportaciones se guardan en: %1</translation>
    </message>
    <message>
        <source>Exports go where you choose: %1</source>
        <translation>Las exportaciones se guardan donde usted elija: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>1 request marked &quot;%1&quot;.</source>
        <translation>1 solicitud marcada como «%1».</translation>
    </message>
    <message>
        <source>%1 requests marked &quot;%2&quot;.</source>
        <translation>%1 solicitudes marcadas como «%2».</translation>
    </message>
    <message>
        <source>Delete this request?</source>
        <translation>¿Eliminar esta solicitud?</translation>
    </message>
    <message>
        <source>Delete these %1 requests?</source>
        <translation>¿Eliminar estas %1 solicitudes?</translation>
    </message>
    <message>
        <source>They are wiped from the kiosk and can&apos;t be brought back. The deletion is recorded (how many, not who).</source>
        <translation>Se borran del quiosco y no se pueden recuperar. La eliminación queda registrada (cuántas, no quiénes).</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>1 request deleted.</source>
        <translation>1 solicitud eliminada.</translation>
    </message>
    <message>
        <source>%1 requests deleted.</source>
        <translation>%1 solicitudes eliminadas.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <source>%1 The clean-up that wipes them from the database&apos;s files did not finish; please tell IT (%2).</source>
        <translation>%1 La limpieza que las borra de los archivos de la base de datos no terminó; avise al equipo de TI (%2).</translation>
    </message>
    <message>
        <source>1 request saved to %1</source>
        <translation>1 solicitud guardada en %1</translation>
    </message>
    <message>
        <source>%1 requests saved to %2</source>
        <translation>%1 solicitudes guardadas en %2</translation>
    </message>
    <message>
        <source>No printer is set up on this kiosk. Please ask IT to add one.</source>
        <translation>No hay ninguna impresora configurada en este quiosco. Pida al equipo de TI que agregue una.</translation>
    </message>
    <message>
        <source>Print the call-back list</source>
        <translation>Imprimir la lista de llamadas</translation>
    </message>
    <message>
        <source>Which printer?</source>
        <translation>¿Qué impresora?</translation>
    </message>
    <message>
        <source>1 request sent to the printer.</source>
        <translation>1 solicitud enviada a la impresora.</translation>
    </message>
    <message>
        <source>%1 requests sent to the printer.</source>
        <translation>%1 solicitudes enviadas a la impresora.</translation>
    </message>
    <message>
        <source>Mark called</source>
        <translation>Marcar como llamada</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como terminada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>the staff screen is locked; sign in with the PIN first</source>
        <translation>la pantalla del personal está bloqueada; primero entre con el PIN</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The list can&apos;t be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>The article views can&apos;t be read: %1</source>
        <translation>No se pueden leer las visitas a los artículos: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visitas</translation>
    </message>
</context>
<context>
    <name>StaffFilterBar</name>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibidas desde</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Recibidas hasta</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Todos los consultorios</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>The PIN is empty. Please use %1 to %2 digits.</source>
        <translation>El PIN está vacío. Use de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>A PIN can only have the digits 0 to 9, with no letters, spaces or other signs.</source>
        <translation>Un PIN solo puede tener los dígitos del 0 al 9, sin letras, espacios ni otros signos.</translation>
    </message>
    <message>
        <source>The PIN is too short. Please use %1 to %2 digits.</source>
        <translation>El PIN es demasiado corto. Use de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The PIN is too long. Please use %1 to %2 digits.</source>
        <translation>El PIN es demasiado largo. Use de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The PIN %1 is one of the first anyone would guess (the same digit, a run like 1234 or 4321, a pair repeated). Please choose another.</source>
        <translation>El PIN %1 es de los primeros que cualquiera probaría (el mismo dígito, una serie como 1234 o 4321, un par repetido). Elija otro.</translation>
    </message>
    <message>
        <source>The PIN was not set: the encryption library could not start.</source>
        <translation>No se configuró el PIN: no se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>The PIN was not set: the computer is short of memory. Please try again.</source>
        <translation>No se configuró el PIN: la computadora no tiene suficiente memoria. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The PIN was not saved: %1</source>
        <translation>No se guardó el PIN: %1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>The staff screen can&apos;t be opened: %1</source>
        <translation>No se puede abrir la pantalla del personal: %1</translation>
    </message>
    <message>
        <source>The staff screen can&apos;t be opened: the wrong-PIN lock-out can&apos;t be read (%1).</source>
        <translation>No se puede abrir la pantalla del personal: no se puede leer el bloqueo por PIN incorrecto (%1).</translation>
    </message>
    <message>
        <source>1 wrong PIN was typed on this pad since the last sign-in.</source>
        <translation>Se escribió 1 PIN incorrecto en este teclado desde el último acceso.</translation>
    </message>
    <message>
        <source>%1 wrong PINs were typed on this pad since the last sign-in.</source>
        <translation>Se escribieron %1 PIN incorrectos en este teclado desde el último acceso.</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be checked: %1</source>
        <translation>No se puede comprobar el PIN: %1</translation>
    </message>
    <message>
        <source>The list can&apos;t be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>New requests can&apos;t be counted: %1</source>
        <translation>No se pueden contar las solicitudes nuevas: %1</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>sin consultorio</translation>
    </message>
    <message>
        <source>New requests — %1</source>
        <translation>Solicitudes nuevas — %1</translation>
    </message>
    <message>
        <source>The database&apos;s notices can&apos;t be read: %1. Please tell IT.</source>
        <translation>No se pueden leer los avisos de la base de datos: %1. Avise al equipo de TI.</translation>
    </message>
    <message>
        <source>%1: the database was damaged. It was moved to %2 and a new one was started; requests saved before may be in the old file. Please tell IT.</source>
        <translation>%1: la base de datos estaba dañada. Se movió a %2 y se creó una nueva; las solicitudes guardadas antes pueden estar en el archivo antiguo. Avise al equipo de TI.</translation>
    </message>
    <message>
        <source>%1: a database file was deleted while the kiosk was running; no request was lost. Please tell IT.</source>
        <translation>%1: se eliminó un archivo de la base de datos mientras el quiosco estaba en marcha; no se perdió ninguna solicitud. Avise al equipo de TI.</translation>
    </message>
    <message>
        <source>Staff: call-back requests</source>
        <translation>Personal: solicitudes de llamada</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Call-back requests</source>
        <translation>Solicitudes de llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>Article views saved to %1</source>
        <translation>Visitas a artículos guardadas en %1</translation>
    </message>
    <message>
        <source>The figures can&apos;t be read: %1</source>
        <translation>No se pueden leer las cifras: %1</translation>
    </message>
    <message>
        <source>%1 — 1 view</source>
        <translation>%1 — 1 visita</translation>
    </message>
    <message>
        <source>%1 — %2 views</source>
        <translation>%1 — %2 visitas</translation>
    </message>
    <message>
        <source>No articles read this week yet.</source>
        <translation>Aún no se ha leído ningún artículo esta semana.</translation>
    </message>
    <message>
        <source>Most read this week</source>
        <translation>Lo más leído esta semana</translation>
    </message>
    <message>
        <source>Export views (CSV)</source>
        <translation>Exportar visitas (CSV)</translation>
    </message>
    <message>
        <source>Export article views per day as CSV</source>
        <translation>Exportar las visitas a artículos por día en CSV</translation>
    </message>
</context>
<context>
    <name>VisitSession</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Touch the screen to keep reading. Otherwise we will start over for the next person, and what you looked at will be cleared.</source>
        <translation>Toque la pantalla para seguir leyendo. Si no, empezaremos de nuevo para la siguiente persona y se borrará lo que consultó.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
</TS>
